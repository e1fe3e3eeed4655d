using System.Text;
using Search.Corpus.Figures;
using Search.Engine.Figures;
using Search.Tests;

namespace Search.Rendering.Tests;

public sealed class FigureCsvTests
{
    [Fact]
    public void The_file_starts_with_a_byte_order_mark_and_the_header()
    {
        var bytes = FigureCsv.Write([]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("district,year,kind,indicator,label,measure,value,unit,qualifier,article_id,article_title,sentence,figure_start,figure_end,place_code,place_level,value_high,estimate\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void A_row_spells_enumerations_as_the_api_does_and_quotes_or_defuses_what_a_spreadsheet_would_misread()
    {
        var figure = new KeyFigure("a-1", Named.Place("胶州市"), 2025, FigureKind.Result, "地区生产总值", "=生产总值", FigureMeasure.Amount, 1150.89m, "亿元", null,
            new TextSpan(3, 12), new TextSpan(0, 14), "全市生产总值1150.89亿元，\"增长\"");
        var range = figure with { Kind = FigureKind.Target, Measure = FigureMeasure.Growth, Value = 5.5m, Unit = "%", ValueHigh = 6m };
        var estimate = figure with { Estimate = true };

        var lines = Encoding.UTF8.GetString(FigureCsv.Write([new FigureRow(figure, "胶州, 2025"), new FigureRow(range, "t"), new FigureRow(estimate, "t")])[3..]).Split("\r\n");

        Assert.Equal("胶州市,2025,result,地区生产总值,'=生产总值,amount,1150.89,亿元,,a-1,\"胶州, 2025\",\"全市生产总值1150.89亿元，\"\"增长\"\"\",3,12,370281,county,,false", lines[1]);
        Assert.StartsWith("胶州市,2025,target,地区生产总值,'=生产总值,growth,5.5,%,", lines[2]);
        Assert.EndsWith(",6,false", lines[2]);
        Assert.EndsWith(",,true", lines[3]);
        Assert.Equal("", lines[4]);
    }
}

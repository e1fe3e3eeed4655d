using System.Globalization;
using System.Text;
using Search.Engine.Figures;

namespace Search.Rendering;

/// <summary>
/// Key figures as CSV (RFC 4180) for spreadsheet programs: UTF-8 with a byte-order mark, which is
/// how Excel knows the Chinese is UTF-8; a text cell that a spreadsheet would take for a formula
/// (starting with = + - @) is prefixed with an apostrophe.
/// </summary>
public static class FigureCsv
{
    private static readonly string[] Header =
        ["district", "year", "kind", "indicator", "label", "measure", "value", "unit", "qualifier", "article_id", "article_title", "sentence", "figure_start", "figure_end", "place_code", "place_level", "value_high", "estimate"];

    public static byte[] Write(IEnumerable<FigureRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var row in rows)
        {
            var f = row.Figure;
            Line(csv,
            [
                f.Place.Name, Number(f.Year), WireNames.Kind[f.Kind], f.Indicator, f.Label, WireNames.Measure[f.Measure],
                f.Value?.ToString(CultureInfo.InvariantCulture) ?? "", f.Unit ?? "", f.Qualifier ?? "",
                f.ArticleId, row.ArticleTitle, f.SentenceText, Number(f.Figure.Start), Number(f.Figure.End), f.Place.Code, WireNames.Level[f.Place.Level],
                f.ValueHigh?.ToString(CultureInfo.InvariantCulture) ?? "", f.Estimate ? "true" : "false",
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
                csv.Append(',');
            Cell(csv, cells[i]);
        }
        csv.Append("\r\n");
    }

    private static void Cell(StringBuilder csv, string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(value);
            return;
        }
        csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

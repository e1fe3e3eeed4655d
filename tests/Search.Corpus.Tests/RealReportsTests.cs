using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Corpus.Figures;
using Search.Tests;

namespace Search.Corpus.Tests;

/// <summary>
/// The real work reports (tests/Data/reports): every one is read as the report of its government,
/// with its year and session date as the hand-checked gold says for the ten provincial ones and as
/// its title says for the State Council's; and a report printed in full-width digits, in traditional
/// characters (OpenCC's s2t) or in GB18030 is read exactly as the original.
/// </summary>
public sealed class RealReportsTests
{
    private static readonly List<CorpusWarning> Warnings = [];

    private static readonly IReadOnlyList<Article> Articles = [.. new CorpusReader(RealReports.Pages).Read(Warnings.Add)];

    private static Article ReportOf(string file) => Articles.First(article => article.Source == file);

    public static TheoryData<string, string, string, int, string> Gold()
    {
        var data = new TheoryData<string, string, string, int, string>();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RealReports.Folder, "gold.json")));
        foreach (var report in gold.RootElement.GetProperty("reports").EnumerateArray())
        {
            data.Add(Path.GetFileName(report.GetProperty("file").GetString()!), report.GetProperty("place").GetString()!,
                report.GetProperty("level").GetString()!, report.GetProperty("report_year").GetInt32(), report.GetProperty("session_date").GetString()!);
        }
        return data;
    }

    public static TheoryData<string> NationalReports => new(
        Directory.GetFiles(RealReports.Pages, "*国务院政府工作报告.txt").Select(path => Path.GetFileName(path)).Order());

    [Fact]
    public void Every_report_is_read_without_a_warning_each_as_one_article_at_least()
    {
        Assert.Empty(Warnings);
        Assert.Equal(Directory.GetFiles(RealReports.Pages, "*.txt").Length, Articles.Select(article => article.Source).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Gold))]
    public void A_provincial_report_names_its_government_year_and_session_date_as_the_gold_does(string file, string place, string level, int year, string date)
    {
        var report = ReportOf(file);

        var only = Assert.Single(report.Places);
        Assert.Equal((place, level), (only.Name, only.Level.ToString().ToLowerInvariant()));
        Assert.Equal(year, report.Year);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), report.Date);
    }

    [Theory]
    [MemberData(nameof(NationalReports))]
    public void A_state_council_report_is_the_nations_of_the_year_its_title_says(string file)
    {
        var report = ReportOf(file);
        var title = File.ReadLines(Path.Combine(RealReports.Pages, file)).First();

        Assert.Equal(["全国"], report.PlaceNames);
        Assert.Equal(int.Parse(Regex.Match(title, "^[0-9]{4}").Value, System.Globalization.CultureInfo.InvariantCulture), report.Year);
    }

    public static TheoryData<string, string> Rewritings => new()
    {
        { "2025年江苏省政府工作报告.txt", "full-width digits" },
        { "2025年江苏省政府工作报告.txt", "traditional" },
        { "2025年江苏省政府工作报告.txt", "GB18030" },
        { "2025年广西政府工作报告.txt", "traditional" },
        { "2014年国务院政府工作报告.txt", "full-width digits" },
        { "2014年国务院政府工作报告.txt", "GB18030" },
    };

    [Theory]
    [MemberData(nameof(Rewritings))]
    public void A_report_rewritten_is_read_as_the_original(string file, string rewriting)
    {
        var text = File.ReadAllText(Path.Combine(RealReports.Pages, file));
        using var corpus = new TemporaryCorpus().Write(file, Rewrite(text, rewriting));
        var original = ReportOf(file);

        var rewritten = Assert.Single(corpus.Read(), article => article.Id == original.Id);

        Assert.Empty(corpus.Warnings);
        Assert.Equal(original.Places, rewritten.Places);
        Assert.Equal((original.Year, original.Date), (rewritten.Year, rewritten.Date));
        Assert.Equal(original.Body.Length, rewritten.Body.Length);
        Assert.Equal(Facts(original), Facts(rewritten));
    }

    private static byte[] Rewrite(string text, string rewriting) => rewriting switch
    {
        "full-width digits" => Encoding.UTF8.GetBytes(string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c))),
        "traditional" => Encoding.UTF8.GetBytes(OpenCcTraditional.From(text)),
        "GB18030" => Gb18030().GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(rewriting), rewriting, null),
    };

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static List<(string, int, FigureKind, string, FigureMeasure, decimal?, string?, string?)> Facts(Article article) =>
        [.. FigureExtractor.Extract(article).Select(f => (f.Place.Code, f.Year, f.Kind, f.Indicator, f.Measure, f.Value, f.Unit, f.Qualifier))];
}

using System.Globalization;
using System.Text.Json;
using Search.Corpus.Figures;
using Search.Tests;
using Xunit.Abstractions;

namespace Search.Corpus.Tests.Figures;

/// <summary>
/// The key figures of the ten provincial reports of tests/Data/reports against their hand-checked
/// gold.json: each numeric fact keyed by place, year, kind, indicator, value and unit.
/// </summary>
public sealed class GoldFiguresTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Article> Reports = [.. new CorpusReader(RealReports.Pages).Read(_ => { })];

    private sealed record GoldReport(string File, IReadOnlyList<Fact> Facts, IReadOnlyList<string> Traps)
    {
        /// <summary>Whether each fact is an estimate, the upper end of its range and its qualifier, as the gold says.</summary>
        public Dictionary<Fact, (bool Estimate, decimal? High, string? Qualifier)> Details { get; init; } = [];

        /// <summary>The targets without a number (与经济增长同步): place, year and indicator.</summary>
        public IReadOnlyList<(string Place, int Year, string Indicator)> Relations { get; init; } = [];
    }

    private readonly record struct Fact(string Place, int Year, string Kind, string Indicator, decimal Value, string Unit);

    private static readonly IReadOnlyList<GoldReport> Gold = ReadGold();

    private static IReadOnlyList<GoldReport> ReadGold()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RealReports.Folder, "gold.json")));
        return [.. gold.RootElement.GetProperty("reports").EnumerateArray().Select(report => new GoldReport(
            Path.GetFileName(report.GetProperty("file").GetString()!),
            [.. report.GetProperty("facts").EnumerateArray()
                .Where(fact => fact.GetProperty("value").ValueKind == JsonValueKind.Number)
                .Select(fact => new Fact(fact.GetProperty("place").GetString()!, fact.GetProperty("year").GetInt32(), fact.GetProperty("kind").GetString()!,
                    fact.GetProperty("indicator").GetString()!, fact.GetProperty("value").GetDecimal(), fact.GetProperty("unit").GetString()!))],
            [.. report.GetProperty("traps").EnumerateArray().Select(trap => trap.GetProperty("quote").GetString()!)])
        {
            Details = report.GetProperty("facts").EnumerateArray()
                .Where(fact => fact.GetProperty("value").ValueKind == JsonValueKind.Number)
                .GroupBy(fact => new Fact(fact.GetProperty("place").GetString()!, fact.GetProperty("year").GetInt32(), fact.GetProperty("kind").GetString()!,
                    fact.GetProperty("indicator").GetString()!, fact.GetProperty("value").GetDecimal(), fact.GetProperty("unit").GetString()!))
                .ToDictionary(group => group.Key, group => (group.First().GetProperty("estimate").GetBoolean(),
                    group.First().TryGetProperty("value_high", out var high) && high.ValueKind == JsonValueKind.Number ? high.GetDecimal() : (decimal?)null,
                    group.First().GetProperty("qualifier").ValueKind == JsonValueKind.String ? group.First().GetProperty("qualifier").GetString() : null)),
            Relations = [.. report.GetProperty("facts").EnumerateArray()
                .Where(fact => fact.GetProperty("value").ValueKind != JsonValueKind.Number)
                .Select(fact => (fact.GetProperty("place").GetString()!, fact.GetProperty("year").GetInt32(), fact.GetProperty("indicator").GetString()!))],
        })];
    }

    private static Fact KeyOf(KeyFigure figure) =>
        new(figure.Place.Name, figure.Year, figure.Kind.ToString().ToLowerInvariant(), figure.Indicator, figure.Value ?? 0, figure.Unit ?? "");

    private static IReadOnlyList<Fact> Extracted(string file) =>
        [.. Reports.Where(article => article.Source == file).SelectMany(FigureExtractor.Extract)
            .Where(figure => figure.Value is not null).Select(KeyOf).Distinct()];

    [Fact]
    public void Each_fact_found_is_an_estimate_and_a_range_as_the_gold_says()
    {
        var differ = new List<string>();
        foreach (var report in Gold)
        {
            foreach (var figure in Reports.Where(article => article.Source == report.File).SelectMany(FigureExtractor.Extract))
            {
                if (report.Details.TryGetValue(KeyOf(figure), out var gold) && (gold.Estimate, gold.High) != (figure.Estimate, figure.ValueHigh))
                    differ.Add($"{report.File}: {KeyOf(figure)} is {(figure.Estimate, figure.ValueHigh)}, gold {gold}");
            }
        }
        differ.ForEach(output.WriteLine);

        Assert.Empty(differ);
    }

    /// <summary>
    /// The qualifier as the gold writes it (左右, 以上 for 突破 and 超过, 力争 before the name over a 以上 after
    /// the number). Where the gold differs it writes 预计 as a qualifier (we give it as <c>estimate</c>) or
    /// carries 左右 over to a conversion (约合1243亿元).
    /// </summary>
    [Fact]
    public void Nearly_every_fact_found_has_the_qualifier_the_gold_gives()
    {
        var (same, found) = (0, 0);
        foreach (var report in Gold)
        {
            foreach (var figure in Reports.Where(article => article.Source == report.File).SelectMany(FigureExtractor.Extract).DistinctBy(KeyOf))
            {
                if (!report.Details.TryGetValue(KeyOf(figure), out var gold))
                    continue;
                found++;
                if (gold.Qualifier == figure.Qualifier)
                    same++;
                else
                    output.WriteLine($"{report.File}: {KeyOf(figure)} has {figure.Qualifier}, gold {gold.Qualifier}");
            }
        }
        output.WriteLine($"{same} of {found} with the gold's qualifier");

        Assert.True(same >= 0.95 * found, $"{same} of {found}");
    }

    [Fact]
    public void Targets_without_a_number_are_found_as_relations()
    {
        var (gold, found) = (0, 0);
        foreach (var report in Gold)
        {
            var relations = Reports.Where(article => article.Source == report.File).SelectMany(FigureExtractor.Extract)
                .Where(figure => figure.Value is null).Select(figure => (figure.Place.Name, figure.Year, figure.Indicator)).ToHashSet();
            gold += report.Relations.Count;
            found += report.Relations.Count(relations.Contains);
            foreach (var missed in report.Relations.Where(relation => !relations.Contains(relation)))
                output.WriteLine($"missed {report.File}: {missed}");
        }
        output.WriteLine($"{found} of {gold} targets without a number");

        Assert.True(found >= 0.8 * gold, $"{found} of {gold}");
    }

    /// <summary>A trap's clause may hold a fact as well (<c>社会消费品零售总额增长4.4%，出口增长5.3%</c>): only what is not a fact counts.</summary>
    [Fact]
    public void No_figure_is_read_from_a_trap()
    {
        var read = new List<string>();
        foreach (var report in Gold)
        {
            var article = Reports.Single(article => article.Source == report.File);
            var figures = FigureExtractor.Extract(article).Where(figure => !report.Facts.Contains(KeyOf(figure))).ToList();
            foreach (var trap in report.Traps)
            {
                for (var at = article.Body.IndexOf(trap, StringComparison.Ordinal); at >= 0; at = article.Body.IndexOf(trap, at + 1, StringComparison.Ordinal))
                {
                    read.AddRange(figures.Where(figure => figure.Figure.Start >= at && figure.Figure.End <= at + trap.Length)
                        .Select(figure => $"{report.File}: {trap} → {figure.Indicator} {figure.Value}{figure.Unit}"));
                }
            }
        }
        read.ForEach(output.WriteLine);

        Assert.Empty(read);
    }

    [Fact]
    public void The_ten_provincial_reports_give_their_numeric_facts_with_recall_and_precision_as_required()
    {
        int gold = 0, found = 0, right = 0;
        foreach (var report in Gold)
        {
            var expected = report.Facts.Distinct().ToHashSet();
            var extracted = Extracted(report.File);
            gold += expected.Count;
            found += extracted.Count;
            right += extracted.Count(expected.Contains);
            foreach (var missed in expected.Except(extracted))
                output.WriteLine($"missed  {report.File}: {missed}");
            foreach (var wrong in extracted.Except(expected))
                output.WriteLine($"wrong   {report.File}: {wrong}");
        }
        var recall = (double)right / gold;
        var precision = found == 0 ? 0 : (double)right / found;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold {gold}, extracted {found}, right {right}: recall {recall:F3}, precision {precision:F3}"));

        Assert.True(recall >= 0.95, $"recall {recall:F3}");
        Assert.True(precision >= 0.98, $"precision {precision:F3}");
    }
}

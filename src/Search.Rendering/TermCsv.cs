using System.Globalization;
using Search.Engine.Terms;

namespace Search.Rendering;

/// <summary>A term's trend as CSV: a line per place and year, the counts of <see cref="TermCount"/>.</summary>
public static class TermCsv
{
    public static byte[] WriteTrend(TermTrendResult trend) => Csv.Write(
        ["year", "place_code", "place", "mentions", "articles", "characters", "per_10000_characters"],
        trend.Lines.SelectMany(line => line.Points.Select(point => (line.Place, point))),
        row => [Csv.Number(row.point.Year), row.Place?.Code ?? "", row.Place?.Name ?? "全部", Csv.Number(row.point.Count.Mentions),
            Csv.Number(row.point.Count.Articles), row.point.Count.Length.ToString(CultureInfo.InvariantCulture), Rate(row.point.Count)]);

    /// <summary>Mentions per 10,000 characters, to two decimals (invariant).</summary>
    public static string Rate(TermCount count) => Math.Round(count.PerTenThousand, 2).ToString("0.##", CultureInfo.InvariantCulture);
}

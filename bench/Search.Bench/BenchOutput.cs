using System.Text.Encodings.Web;
using System.Text.Json;

namespace Search.Bench;

/// <summary>What every benchmark prints: one JSON line (Chinese left readable), and percentiles by one rule.</summary>
internal static class BenchOutput
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Line(object figures) => Console.WriteLine(JsonSerializer.Serialize(figures, Options));

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/>, rounded; 0 when empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, int percentile, int digits) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)], digits);
}

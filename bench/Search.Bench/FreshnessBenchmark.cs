using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Search.Bench;

/// <summary>
/// How soon a page dropped into the corpus of a running host can be found: the host is started
/// over an existing index, then, one at a time, new pages land in the corpus folder, each with a
/// phrase no other article has; the time is from just before the file is written to the first
/// search that finds it, polled every 5 ms on loopback. The host's log line for each update says
/// how many articles it analysed: the page's, not the corpus's. The pages are removed again at the
/// end. Prints one JSON line.
/// </summary>
internal static partial class FreshnessBenchmark
{
    public static async Task<int> RunAsync(string hostDll, string corpus, string index, int pages)
    {
        await using var host = new HostProcess(hostDll, corpus, index, logLevel: "Information");
        await host.WaitForAsync("/readyz", _ => true, TimeSpan.FromMinutes(10));
        await host.WaitForLogAsync("Index ", 0, TimeSpan.FromMinutes(10)); // the start's own load or update is done

        var milliseconds = new List<double>();
        var analysed = new List<int>();
        var files = new List<string>();
        try
        {
            for (var page = 0; page < pages; page++)
            {
                var phrase = $"新鲜度测试第{page + 1}号页面{Environment.ProcessId}";
                var file = Path.Combine(corpus, $"freshness-{Environment.ProcessId}-{page}.txt");
                files.Add(file);
                var landed = Stopwatch.GetTimestamp();
                await File.WriteAllTextAsync(file, $"莱西市：{phrase}\n\n1月6日，莱西市人民代表大会开幕。大会审议了{phrase}的报告。");
                await host.WaitForAsync($"/api/search?size=1&q={Uri.EscapeDataString($"\"{phrase}\"")}", body => body.Contains("\"total\":1,", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
                milliseconds.Add(Stopwatch.GetElapsedTime(landed).TotalMilliseconds);
                var line = await host.WaitForLogAsync("Index updated", page, TimeSpan.FromSeconds(60));
                analysed.Add(Analysed().Match(line) is { Success: true } match ? int.Parse(match.Groups[1].Value) : -1);
            }
        }
        finally
        {
            files.ForEach(File.Delete);
        }
        await host.WaitForLogAsync("Index updated", pages, TimeSpan.FromSeconds(60)); // the removals are indexed too

        var sorted = milliseconds.Order().ToList();
        BenchOutput.Line(new
        {
            measure = "freshness",
            corpus,
            pages,
            median_ms = BenchOutput.Percentile(sorted, 50, 1),
            max_ms = Math.Round(sorted[^1], 1),
            each_ms = milliseconds.Select(ms => Math.Round(ms, 1)),
            analysed_per_update = analysed,
        });
        return 0;
    }

    [GeneratedRegex(@"(\d+) articles? analysed")]
    private static partial Regex Analysed();
}

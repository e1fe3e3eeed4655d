using System.Net;
using System.Text;
using System.Text.Json;
using Search.Tests;

namespace Search.Host.Tests;

/// <summary>
/// No file in the corpus can stop, stall or leak the service: each file an attacker or a careless
/// operator may leave in the corpus folder, met by the first build and dropped into a running host.
/// Either way the file is reported by name with the reason (GET /api/admin/status), the five pages
/// stay searchable, and a page added afterwards is indexed.
/// </summary>
public sealed class BadCorpusFilesTests
{
    private const string AdminKey = "status-key";

    /// <summary>A bad file: how to make it in a corpus folder, the corpus file it is reported as, and the words of the reason.</summary>
    public sealed record BadFile(string Name, Func<string, IDisposable?> Make, string File, string Reason, params string[] Settings)
    {
        public override string ToString() => Name;
    }

    private static IDisposable? Text(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return null;
    }

    private static IDisposable? Bytes(string folder, string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
        return null;
    }

    private static IDisposable? Link(string folder, string name, string target)
    {
        File.CreateSymbolicLink(Path.Combine(folder, name), target);
        return null;
    }

    public static TheoryData<BadFile> Files => new()
    {
        new("a JSON line with a lone surrogate", folder => Text(folder, "s.jsonl", """{"title":"t","body":"\ud800"}""" + "\n" + """{"title":"好的","body":"第二行正常。"}"""),
            "s.jsonl", "\"body\" holds an escape that is half a character"),
        new("a sidecar with a lone surrogate", folder =>
            {
                Text(folder, "page.txt", "平度市：民生\n\n2025年，平度市将办好民生实事。");
                return Text(folder, "page.meta.json", """{"title":"\ud800"}""");
            },
            "page.txt", "sidecar ignored"),
        new("a FIFO", folder =>
            {
                SpecialFiles.Fifo(Path.Combine(folder, "f.txt"));
                return null;
            },
            "f.txt", "a FIFO (named pipe), not a regular file"),
        new("a socket", folder => SpecialFiles.Socket(Path.Combine(folder, "socket.txt")), "socket.txt", "a socket, not a regular file"),
        new("a link to /dev/zero", folder => Link(folder, "z.jsonl", "/dev/zero"), "z.jsonl", "outside the corpus folder, is not followed"),
        new("a link to /etc/passwd", folder => Link(folder, "p.txt", "/etc/passwd"), "p.txt", "a symbolic link to /etc/passwd, outside the corpus folder"),
        new("a link to a folder outside", folder =>
            {
                Directory.CreateSymbolicLink(Path.Combine(folder, "outlink"), "/etc");
                return null;
            },
            "outlink/", "a symbolic link to a folder (/etc) is not followed"),
        new("a link to its own folder", folder =>
            {
                Directory.CreateSymbolicLink(Path.Combine(folder, "self"), ".");
                return null;
            },
            "self/", "a symbolic link to a folder"),
        new("a binary page", folder => Bytes(folder, "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]), "image.txt", "the file is binary"),
        new("a page over the size limit", folder => Text(folder, "big.txt", "崂山区：大\n\n" + new string('大', 30_000)),
            "big.txt", "over the 65,536-byte limit for a page (Search:MaxPageBytes)", "--Search:MaxPageBytes=65536"),
        new("a JSON line over the line limit", folder => Text(folder, "lines.jsonl", """{"title":"好的","body":"正常。"}""" + "\n" + $$"""{"title":"大","body":"{{new string('大', 3000)}}"}"""),
            "lines.jsonl", "longer than the 4,096-byte limit for a line (Search:MaxLineBytes)", "--Search:MaxLineBytes=4096"),
        new("a JSON line that is not UTF-8", folder => Bytes(folder, "bytes.jsonl",
                [.. Encoding.UTF8.GetBytes("""{"title":"好的","body":"正常。"}""" + "\n"), 0x7B, 0xFF, 0x7D, 0x0A]),
            "bytes.jsonl", "not valid UTF-8 (byte 0xFF at byte 2 of the line)"),
        new("an id a page already has", folder => Text(folder, "zz.jsonl", """{"id":"000_13824d23c47df48b-1","title":"冒名","body":"冒名顶替的文章。"}"""),
            "zz.jsonl", "the id is already taken by an article of 000_13824d23c47df48b.txt"),
        new("a sidecar date in year 1", folder =>
            {
                Text(folder, "dated.txt", "平度市：民生\n\n2025年，平度市将办好民生实事。");
                return Text(folder, "dated.meta.json", """{"date":"0001-01-01"}""");
            },
            "dated.txt", "expected a year from 1949 to 2100"),
    };

    [LinuxTheory]
    [MemberData(nameof(Files))]
    public async Task Met_by_the_first_build_it_is_reported_and_everything_else_is_served(BadFile bad)
    {
        using var corpus = new CorpusCopy();
        using var made = bad.Make(corpus.Directory);
        await using var host = await corpus.StartHostAsync(bad.Settings);
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        await AssertReportedAsync(host, bad);
        await AssertTheCorpusIsServedAsync(host);
        await AssertALaterPageIsIndexedAsync(host, corpus);
    }

    [LinuxTheory]
    [MemberData(nameof(Files))]
    public async Task Dropped_into_a_running_host_it_is_reported_and_everything_else_is_served(BadFile bad)
    {
        using var corpus = new CorpusCopy();
        await using var host = await corpus.StartHostAsync(bad.Settings);
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        using var made = bad.Make(corpus.Directory);
        await Eventually(async () => (await StatusOf(host)).Contains(bad.File));

        await AssertReportedAsync(host, bad);
        await AssertTheCorpusIsServedAsync(host);
        await AssertALaterPageIsIndexedAsync(host, corpus);
    }

    [Fact]
    public async Task A_page_of_full_width_digits_is_read_with_its_year()
    {
        using var corpus = new CorpusCopy();
        File.Copy(Path.Combine(RealReports.Pages, "1956年国务院政府工作报告.txt"), Path.Combine(corpus.Directory, "1956.txt"));
        await using var host = await corpus.StartHostAsync();
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        using var article = JsonDocument.Parse(await host.Client.GetStringAsync("/api/articles/1956-1"));

        Assert.Equal(1956, article.RootElement.GetProperty("year").GetInt32());
        Assert.DoesNotContain("1956.txt", await StatusOf(host));
        await AssertTheCorpusIsServedAsync(host);
    }

    [Fact]
    public async Task An_endless_number_and_an_endless_line_are_indexed_and_their_pages_served()
    {
        using var corpus = new CorpusCopy();
        File.WriteAllText(Path.Combine(corpus.Directory, "digits.txt"), "# 崂山区：数字\n\n" + new string('1', 40_000));
        File.WriteAllText(Path.Combine(corpus.Directory, "long.txt"), string.Concat(Enumerable.Repeat("崂山区会议开幕，全区生产总值增长6.5%左右，", 50_000)));
        await using var host = await corpus.StartHostAsync();
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/articles/digits-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/articles/long-1", ("q", "生产总值"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/articles/long-1/related")).StatusCode);
        Assert.Contains("long-1", await host.Client.GetStringAsync("/api/search?q=%E4%BC%9A%E8%AE%AE%E5%BC%80%E5%B9%95"));
        Assert.DoesNotContain("\"file\"", await StatusOf(host));
        await AssertTheCorpusIsServedAsync(host);
    }

    [Fact]
    public async Task Pages_of_one_name_in_two_folders_are_both_served()
    {
        using var corpus = new CorpusCopy();
        Text(corpus.Directory, "y2023/page1.txt", "崂山区：二〇二三\n\n2023年，崂山区将建设科创高地。");
        Text(corpus.Directory, "y2024/page1.txt", "崂山区：二〇二四\n\n2024年，崂山区将建设海洋强区。");
        await using var host = await corpus.StartHostAsync();
        await host.WaitForIndexAsync(TimeSpan.FromSeconds(60));

        Assert.Contains("科创高地", await host.Client.GetStringAsync("/api/articles/y2023~page1-1"));
        Assert.Contains("海洋强区", await host.Client.GetStringAsync("/api/articles/y2024~page1-1"));
    }

    private static async Task AssertReportedAsync(RunningHost host, BadFile bad)
    {
        // A file dropped into a running host may be read while it is still being written (CI saw the
        // first line of a JSON-lines file read alone); the update after its last write reports it whole.
        await Eventually(async () => ReasonsOf(await StatusOf(host), bad.File).Any(reason => reason.Contains(bad.Reason)));
        using var status = JsonDocument.Parse(await StatusOf(host));
        Assert.Single(status.RootElement.GetProperty("fileProblems").EnumerateArray(), problem => problem.GetProperty("file").GetString() == bad.File);
        // The host logs an update's warnings once the update is served, so the status can say it first.
        await Eventually(() => Task.FromResult(host.LogLines.Any(line => line.Contains($"Corpus file {bad.File}") && line.Contains(bad.Reason))));
    }

    private static async Task AssertTheCorpusIsServedAsync(RunningHost host)
    {
        var search = await host.GetAsync("/api/search", ("q", "上合"));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        using var result = JsonDocument.Parse(await search.Content.ReadAsStringAsync());
        Assert.True(result.RootElement.GetProperty("total").GetInt32() >= 2);
        Assert.DoesNotContain("root:x:0:0", await host.Client.GetStringAsync("/api/search?q=root"));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/readyz")).StatusCode);
    }

    private static async Task AssertALaterPageIsIndexedAsync(RunningHost host, CorpusCopy corpus)
    {
        File.WriteAllText(Path.Combine(corpus.Directory, "later.txt"), "莱西市：后来的页面\n\n2025年，莱西市将建设青岛北部协调发展新优势。");
        await Eventually(async () => (await host.GetAsync("/api/search", ("q", "协调发展新优势")).Result.Content.ReadAsStringAsync()).Contains("later-1"));
    }

    private static async Task<string> StatusOf(RunningHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/status");
        request.Headers.Add("X-Api-Key", AdminKey);
        var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The reasons the status gives for one file's problems; none when it names no problem of the file.</summary>
    private static List<string> ReasonsOf(string status, string file)
    {
        using var json = JsonDocument.Parse(status);
        return [.. json.RootElement.GetProperty("fileProblems").EnumerateArray()
            .Where(problem => problem.GetProperty("file").GetString() == file)
            .SelectMany(problem => problem.GetProperty("warnings").EnumerateArray())
            .Select(warning => warning.GetProperty("reason").GetString() ?? "")];
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 30 s");
            await Task.Delay(50);
        }
    }

    /// <summary>The repository's five pages in a corpus folder of the test's own, deleted afterwards.</summary>
    private sealed class CorpusCopy : IDisposable
    {
        public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("bad-corpus-").FullName;

        public CorpusCopy()
        {
            foreach (var page in System.IO.Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt"))
                File.Copy(page, Path.Combine(Directory, Path.GetFileName(page)));
        }

        public Task<RunningHost> StartHostAsync(params string[] settings) => RunningHost.StartAsync(
            [$"--Search:CorpusPath={Directory}", $"--Search:AdminApiKey={AdminKey}", "--Search:IndexPollSeconds=0.5", .. settings]);

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}

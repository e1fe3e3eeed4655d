using System.Text;
using Search.Corpus.Figures;
using Search.Tests;
using Xunit.Abstractions;

namespace Search.Corpus.Tests;

/// <summary>
/// Pages, bulk files and sidecars made of random mixes of real page and report text with what real
/// files bring by accident or on purpose — full-width digits, lone surrogates, control characters,
/// very long lines, very long digit runs, text in other encodings spliced in, random bytes — read
/// by the real reader, and each article through the stages the indexer runs after it (figures).
/// Nothing may escape, and nothing may reach the reader's last guard either: every problem is a
/// warning that says what is wrong with the file. The seed is printed; set FUZZ_SEED to replay a
/// run, FUZZ_ROUNDS for a longer one. (Whether the time each page takes is linear in its size is
/// measured in bench/, not here.)
/// </summary>
public sealed class CorpusFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261205;
    private const int FilesPerRound = 12;

    private static readonly string[] RealTexts = LoadRealTexts();

    private static string[] LoadRealTexts()
    {
        var pages = Directory.GetFiles(RepositoryRoot.Combine("corpus"), "*.txt");
        var reports = Directory.GetFiles(RealReports.Pages, "*.txt").Order().Where((_, i) => i % 5 == 0);
        return [.. pages.Concat(reports).Select(File.ReadAllText)];
    }

    private static readonly string[] Phrases =
    [
        "2月5日，在青岛市崂山区第十九届人民代表大会第三次会议上，区长作政府工作报告。", "2025年，胶州市经济社会发展主要预期目标为：",
        "生产总值增长6.5%左右，", "一般公共预算收入完成220.38亿元，增长8.2%；", "规上工业增加值增长9%以上。", "# 崂山区：聚力提质争先\n",
        "崂山区\n", "(衣涛 张绪霞 赵子健)\n", "■崂山区发展日新月异。王昭脉 摄\n", "主编 张三 美编 李四\n", "2024年是崂山区建区30周年。",
        "２０２５年，", "１９５５年是发展国民经济第一个五年计划的关键之年。", "６．５％", "嶗山區優化營商環境。", "到2035年基本实现现代化。",
    ];

    [Fact]
    public void No_exception_escapes_the_reader_whatever_the_files_hold()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var given) ? given : DefaultSeed;
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ROUNDS"), out var count) ? count : 25;
        output.WriteLine($"seed {seed}, {rounds} rounds of {FilesPerRound} files (replay: FUZZ_SEED={seed} FUZZ_ROUNDS={rounds})");
        var random = new Random(seed);
        long bytes = 0, articles = 0, warnings = 0;

        for (var round = 0; round < rounds; round++)
        {
            using var corpus = new TemporaryCorpus();
            for (var file = 0; file < FilesPerRound; file++)
            {
                var (name, content) = random.Next(6) switch
                {
                    0 => ($"bulk{file}.jsonl", BulkFile(random)),
                    1 => ($"page{file}.txt", Encode(random, Page(random))),
                    2 => ($"page{file}.md", RandomBytes(random, random.Next(1, 4096))),
                    _ => ($"sub{random.Next(3)}/page{file}.txt", Encode(random, Page(random))),
                };
                corpus.Write(name, content);
                bytes += content.Length;
                if (random.Next(4) == 0 && !name.EndsWith(".jsonl"))
                    corpus.Write(Path.ChangeExtension(name, ".meta.json"), Encoding.UTF8.GetBytes(Sidecar(random)));
            }

            var read = corpus.Read(new CorpusLimits { MaxPageBytes = 1 << 20, MaxLineBytes = 64 * 1024 });

            foreach (var article in read)
            {
                FigureExtractor.Extract(article);
                Assert.InRange(article.Title.Length, 1, Article.MaxTitleLength);
                Assert.True(article.Year is null or (>= 1949 and <= 2100), $"year {article.Year} in {article.Source}");
                Assert.True(article.Date is null || article.Date.Value.Year is >= 1949 and <= 2100, $"date {article.Date} in {article.Source}");
            }
            Assert.Equal(read.Count, read.Select(article => article.Id).Distinct().Count());
            // The reader's last guard turns what a parser throws into a warning; the parsers themselves must not throw.
            Assert.DoesNotContain(corpus.Warnings, warning => warning.Reason.Contains("could not be read ("));
            articles += read.Count;
            warnings += corpus.Warnings.Count;
        }
        output.WriteLine($"read {bytes:N0} bytes: {articles:N0} articles, {warnings:N0} warnings, nothing thrown");
    }

    /// <summary>A page's text: pieces of real text and of trouble, one after another.</summary>
    private static string Page(Random random)
    {
        var page = new StringBuilder();
        var pieces = random.Next(1, 12);
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    page.Append(new string('1', random.Next(1, 50_000))); // a very long digit run
                    break;
                case 1:
                    page.Append(string.Concat(Enumerable.Repeat(Phrases[random.Next(Phrases.Length)].TrimEnd('\n'), random.Next(1, 2_000)))); // a very long line
                    break;
                case 2:
                    page.Append((char)random.Next(0xD800, 0xE000)); // a lone surrogate
                    break;
                case 3:
                    page.Append((char)random.Next(0, 0x20)).Append('\u007F').Append('\u2028'); // control characters
                    break;
                case 4:
                    page.Append(FullWidth(Slice(random)));
                    break;
                case 5:
                    page.Append(Phrases[random.Next(Phrases.Length)]);
                    break;
                default:
                    page.Append(Slice(random));
                    break;
            }
            page.Append(random.Next(3) == 0 ? "\n\n" : "");
        }
        return page.ToString();
    }

    private static string Slice(Random random, int longest = 3_000)
    {
        var text = RealTexts[random.Next(RealTexts.Length)];
        var start = random.Next(text.Length);
        return text.Substring(start, Math.Min(text.Length - start, random.Next(1, longest)));
    }

    private static string FullWidth(string text) => string.Concat(text.Select(c => c is >= '0' and <= '9' or '%' or '.' ? (char)(c + 0xFEE0) : c));

    /// <summary>The text as a file: UTF-8 (with or without BOM), GB18030 or UTF-16, sometimes with another encoding or random bytes spliced in.</summary>
    private static byte[] Encode(Random random, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lenient = new UTF8Encoding(false, throwOnInvalidBytes: false); // a lone surrogate becomes U+FFFD here; the raw bytes below keep it
        var bytes = random.Next(5) switch
        {
            0 => Encoding.GetEncoding("GB18030").GetBytes(text),
            1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            2 => [0xEF, 0xBB, 0xBF, .. lenient.GetBytes(text)],
            _ => lenient.GetBytes(text),
        };
        return random.Next(4) switch
        {
            0 => [.. bytes, .. Encoding.GetEncoding("GB18030").GetBytes(Slice(random))], // mixed encodings
            1 => [.. bytes, .. RandomBytes(random, random.Next(1, 64))],
            2 => [.. bytes, 0xED, 0xA0, 0x80], // a surrogate written as UTF-8 bytes (invalid)
            _ => bytes,
        };
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A JSON-lines file: good records, broken ones, escapes that are half a character, lines too long, deep nesting.</summary>
    private static byte[] BulkFile(Random random)
    {
        var lines = new List<byte[]>();
        for (var i = random.Next(1, 40); i > 0; i--)
        {
            var line = random.Next(8) switch
            {
                0 => """{"title":"t","body":"\ud800 x"}""",
                1 => "{" + new string('[', random.Next(1, 2_000)),
                2 => $$"""{"title":"{{new string('题', random.Next(1, 1_000))}}","body":"{{Json(Slice(random))}}","year":{{random.Next(-5, 99_999)}},"date":"{{random.Next(0, 9_999):D4}}-01-01"}""",
                3 => $$"""{"title":"长","body":"{{new string('长', random.Next(30_000, 70_000))}}"}""",
                4 => $$"""{"id":"{{(random.Next(2) == 0 ? "x-1" : "../etc")}}","title":"同号","body":"{{Json(Slice(random))}}","captions":["\udfff"],"districts":[1,"崂山",null]}""",
                _ => $$"""{"title":"{{Json(Slice(random, 30))}}","body":"{{Json(Slice(random))}}","districts":["崂山"]}""",
            };
            lines.Add(random.Next(10) == 0 ? [.. Encoding.UTF8.GetBytes(line), 0xFF] : Encoding.UTF8.GetBytes(line));
        }
        return [.. lines.SelectMany(line => line.Append((byte)'\n'))];
    }

    private static string Sidecar(Random random) => random.Next(5) switch
    {
        0 => """{"title":"\ud800"}""",
        1 => """{"date":"0001-01-01","year":1}""",
        2 => """{"articles":[null,{"district":"火星"},{"title":""" + "\"" + new string('题', 500) + "\"}]}",
        3 => "not json {",
        _ => """{"districts":["崂山","黄岛区"],"year":2024,"date":"2024-02-05"}""",
    };

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}

using System.Text;
using Search.Tests;
using Xunit.Abstractions;

namespace Search.Analysis.Tests;

/// <summary>
/// The SmartCn stage of the word chain against Java Lucene 4.10.4's SmartChineseAnalyzer: the golden
/// files hold Java's tokens (term, start, end, position increment) for every corpus page and for
/// inputs chosen to hit the edge cases. Lucene.Net's SmartCn is a port of the same code over the
/// same dictionaries; it differs where its sentence breaker (ICU4N, Unicode's rules) ends a sentence
/// at a line break, a paragraph separator to Unicode, and Java's does not: a word split by a line
/// break is two words here (<c>加\n\n强</c> → 加 / 强), and the words beside it may segment
/// differently. Every such place is named below; any other difference fails.
/// </summary>
public sealed class GoldenTokensTests(ITestOutputHelper output)
{
    private static readonly string Golden = RepositoryRoot.Combine("tests", "Search.Analysis.Tests", "Golden");

    private static readonly string[] Names = Directory.GetFiles(Path.Combine(Golden, "expected"), "*.tsv")
        .Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Where Lucene.Net's tokens differ from Java's: file, offset, Java's terms, Lucene.Net's terms.</summary>
    private static readonly (string File, int Offset, string Java, string LuceneNet)[] KnownDifferences =
    [
        ("000_13824d23c47df48b", 899, "加强", "加 强"),
        ("000_13824d23c47df48b", 1753, "发展", "发 展"),
        ("000_13824d23c47df48b", 2090, "加快", "加 快"),
        ("000_13824d23c47df48b", 2981, "创新", "创 新"),
        ("001_01de4e52b08519b1", 3963, "格局", "格 局"),
        ("003_3f2e752e9eca7191", 24, "平 台", "平台"),
        ("003_3f2e752e9eca7191", 1120, "园区", "园 区"),
        ("003_3f2e752e9eca7191", 2537, "高新技术", "高 新 技术"),
        ("random-mixture", 104, "李沧区", "李 沧 区"),
        ("random-mixture", 578, "枢纽", "枢 纽"),
        ("random-mixture", 828, "安全", "安 全"),
        ("random-mixture", 1050, "领域", "领 域"),
        ("random-mixture", 1861, "社会主义", "社 会 主义"),
        ("random-mixture", 2012, "上工", "上 工"),
        ("random-mixture", 2187, "发挥", "发 挥"),
        ("random-mixture", 2828, "维修", "维 修"),
        ("random-mixture", 3122, "培育", "培 育"),
        ("random-mixture", 3578, "培育", "培 育"),
        ("random-mixture", 3733, "综合", "综 合"),
        ("random-mixture", 4130, "产业", "产 业"),
        ("spaces-and-breaks", 18, "中国", "中 国"),
    ];

    public static TheoryData<string> Cases => new(Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_token_equals_javas_but_at_the_named_line_breaks(string name)
    {
        var differences = Differences(name);

        foreach (var difference in differences)
            output.WriteLine($"(\"{name}\", {difference.Offset}, \"{difference.Java}\", \"{difference.LuceneNet}\"),");
        Assert.Equal(KnownDifferences.Where(known => known.File == name).Select(known => (known.Offset, known.Java, known.LuceneNet)), differences);
    }

    [Fact]
    public void Each_difference_is_at_a_line_break()
    {
        foreach (var (file, offset, java, _) in KnownDifferences)
        {
            var text = Text(file);
            var window = text.Substring(offset, Math.Min(java.Length + 3, text.Length - offset));
            Assert.True(window.Contains('\n'), $"{file} @{offset}: no line break in \"{window}\"");
        }
    }

    [Fact]
    public void Agreement_over_all_golden_files_is_measured()
    {
        int total = 0, equal = 0;
        foreach (var name in Names)
        {
            var java = JavaLines(name);
            total += java.Count;
            equal += java.Count - Regions(java, OurLines(name)).Sum(region => region.JavaCount);
        }
        output.WriteLine($"{equal} of Java's {total} tokens identical in Lucene.Net ({100.0 * equal / total:0.000}%)");

        Assert.True(total > 10_000, $"the golden files hold only {total} tokens");
        Assert.Equal(KnownDifferences.Length, Names.Sum(name => Differences(name).Count));
    }

    private static List<(int Offset, string Java, string LuceneNet)> Differences(string name)
    {
        var java = JavaLines(name);
        var ours = OurLines(name);
        return Regions(java, ours).Select(region => (
            Start(java.Count > region.JavaFrom ? java[region.JavaFrom] : ours[region.OursFrom]),
            Terms(java, region.JavaFrom, region.JavaCount),
            Terms(ours, region.OursFrom, region.OursCount))).ToList();
    }

    private readonly record struct Region(int JavaFrom, int JavaCount, int OursFrom, int OursCount);

    /// <summary>
    /// The stretches where the two token lists disagree. Both are in text order, so the one whose
    /// token ends first steps on until both end at the same offset and agree again.
    /// </summary>
    private static List<Region> Regions(List<string> java, List<string> ours)
    {
        var regions = new List<Region>();
        int i = 0, j = 0;
        while (i < java.Count || j < ours.Count)
        {
            if (i < java.Count && j < ours.Count && java[i] == ours[j])
            {
                i++;
                j++;
                continue;
            }
            var (fromI, fromJ) = (i, j);
            do
            {
                var endJava = i < java.Count ? End(java[i]) : int.MaxValue;
                var endOurs = j < ours.Count ? End(ours[j]) : int.MaxValue;
                if (endJava <= endOurs)
                    i++;
                if (endOurs <= endJava)
                    j++;
            }
            while ((i < java.Count || j < ours.Count) && !(i < java.Count && j < ours.Count && java[i] == ours[j] && Start(java[i]) == Start(ours[j])));
            regions.Add(new Region(fromI, i - fromI, fromJ, j - fromJ));
        }
        return regions;
    }

    private static string Terms(List<string> lines, int from, int count) =>
        string.Join(' ', lines.Skip(from).Take(count).Select(line => line.Split('\t')[0]));

    private static int Start(string line) => int.Parse(line.Split('\t')[1]);

    private static int End(string line) => int.Parse(line.Split('\t')[2]);

    private static List<string> JavaLines(string name) =>
        File.ReadAllLines(Path.Combine(Golden, "expected", name + ".tsv"), Encoding.UTF8).ToList();

    private static string Text(string name)
    {
        var input = Path.Combine(Golden, "inputs", name + ".txt");
        var path = File.Exists(input) ? input : RepositoryRoot.Combine("corpus", name + ".txt");
        return new UTF8Encoding(false).GetString(File.ReadAllBytes(path)); // keeps a BOM as U+FEFF, as Java does
    }

    /// <summary>Our SmartCn stage in the golden files' format; a lone surrogate prints as "?", as Java prints it.</summary>
    private static List<string> OurLines(string name)
    {
        var lines = new List<string>();
        var previous = -1;
        WordAnalyzer.SmartCnOnly.Analyze(Text(name), (term, start, end, position) =>
        {
            var printed = term.Length == 1 && char.IsSurrogate(term[0]) ? "?" : term.ToString();
            lines.Add($"{printed}\t{start}\t{end}\t{position - previous}");
            previous = position;
        });
        return lines;
    }
}

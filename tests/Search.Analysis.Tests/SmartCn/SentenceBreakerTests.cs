using Search.Analysis.SmartCn;

namespace Search.Analysis.Tests.SmartCn;

/// <summary>Java's sentence BreakIterator as SmartCn uses it (spec §2 and Appendix D).</summary>
public sealed class SentenceBreakerTests
{
    private static string Boundaries(string text)
    {
        var boundaries = new List<int> { 0 };
        for (var at = 0; at < text.Length;)
            boundaries.Add(at = SentenceBreaker.Next(text, at));
        return string.Join(',', boundaries);
    }

    [Theory]
    [InlineData("Hello world. This is. a test? yes", "0,13,30,33")]
    [InlineData("a.“中", "0,2,4")]
    [InlineData("x.\"Y", "0,3,4")]
    [InlineData("a.  b", "0,4,5")]
    [InlineData("e.g. the", "0,8")]
    [InlineData("a\u2029b", "0,2,3")]
    [InlineData("ab\u0301。\u0301c", "0,5,6")]
    [InlineData("a\uFFFFb. C", "0,1,2,5,6")]
    [InlineData("他说：“好。”然后走了", "0,7,11")]
    [InlineData("你好！！  \n\n再见", "0,8,10")]
    [InlineData("标题一行\n正文第一句。第二句", "0,11,14")]
    [InlineData("价格为5.5元. 下一句", "0,9,12")]
    [InlineData("1150.89亿元，增长6.5%。", "0,17")]
    [InlineData("?，. \"", "0,1,2,3,5")]
    public void Finds_the_boundaries_java_finds(string text, string boundaries)
    {
        Assert.Equal(boundaries, Boundaries(text));
    }
}

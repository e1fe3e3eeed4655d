using Search.Analysis.SmartCn;

namespace Search.Analysis.Tests.SmartCn;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("running", "run")]
    [InlineData("runs", "run")]
    [InlineData("easily", "easili")]
    [InlineData("army", "armi")]
    [InlineData("iphone", "iphon")]
    [InlineData("analyzer", "analyz")]
    [InlineData("agreement", "agreement")]
    [InlineData("relational", "relat")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("controlling", "control")]
    [InlineData("generalizations", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("sky", "sky")]
    [InlineData("go", "go")]
    [InlineData("中华人民", "中华人民")]
    public void Stems_as_lucenes_porter_filter_does(string word, string stem)
    {
        var buffer = word.ToCharArray();

        var length = PorterStemmer.Stem(buffer);

        Assert.Equal(stem, new string(buffer, 0, length));
    }
}

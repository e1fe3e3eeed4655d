using Search.Analysis.SmartCn;
using Search.Analysis.SmartCn.Dictionaries;

namespace Search.Analysis.Tests.SmartCn;

/// <summary>Facts about the converted dictionaries, from spec §6 and Appendix D.</summary>
public sealed class DictionaryTests
{
    private static readonly SmartCnData Data = SmartCnData.Default;

    [Fact]
    public void The_core_dictionary_holds_all_of_smartcns_words_with_their_frequencies()
    {
        Assert.Equal(85_607, Data.Words.WordCount);
        Assert.Equal(23375, Data.Words.Frequency("中国"));
        Assert.Equal(17232, Data.Words.Frequency("人"));
        Assert.Equal(358156, Data.Words.Frequency("的"));
        Assert.Equal(26063, Data.Words.Frequency("中"));
        Assert.Equal(0, Data.Words.Frequency("中国人"));
        Assert.Equal(0, Data.Words.Frequency("不溜儿"));
        Assert.Equal(0, Data.Words.Frequency("中不溜儿")); // a word of frequency 0 is still a word
    }

    [Fact]
    public void Narrowing_by_characters_finds_words_and_prefixes()
    {
        var words = Data.Words;
        var zhong = words.Row('中');
        var zhongGuo = words.Narrow(zhong, '国');
        var zhongBu = words.Narrow(zhong, '不');

        Assert.Equal(23375, words.WordFrequency(zhongGuo));
        Assert.Null(words.WordFrequency(zhongBu)); // 中不 is only a prefix, of 中不溜儿
        Assert.Equal(0, words.WordFrequency(words.Narrow(words.Narrow(zhongBu, '溜'), '儿')));
        Assert.True(words.Narrow(zhong, '\uFFFF').IsEmpty);
        Assert.True(words.Row('髙').IsEmpty);
    }

    [Fact]
    public void The_placeholders_have_the_frequencies_lucene_gives_them()
    {
        Assert.Equal(2963, Data.StringFrequency);
        Assert.Equal(113238, Data.NumberFrequency);
        Assert.Equal(329805, Data.BeginFrequency);
        Assert.Equal(329805, Data.EndFrequency);
    }

    [Theory]
    [InlineData("始##始@新", 7868812186429914694L, 526)]
    [InlineData("新@增", -5971264225169369128L, 93)]
    [InlineData("。@末##末", -6324111473515840533L, 237136)]
    [InlineData("万@人", 3478621885305555352L, 179)]
    [InlineData("就业@未##数", 900570521363671636L, 16)]
    [InlineData("中国@人民", -8515034325126362032L, 1202)]
    [InlineData("新增@城", null, 0)]
    public void Bigram_pairs_are_keyed_by_smartcns_hash(string pair, long? hash, int frequency)
    {
        if (hash is { } expected)
            Assert.Equal(expected, PairHash.Of(pair));
        Assert.Equal(328_856, Data.Bigrams.Count);
        Assert.Equal(frequency, Data.Bigrams.Frequency(PairHash.Of(pair)));
    }

    [Fact]
    public void The_stop_list_has_lucenes_54_entries_including_the_empty_string_and_the_ideographic_space()
    {
        Assert.Equal(54, Data.StopWords.Count);
        Assert.Contains("", Data.StopWords);
        Assert.Contains("\u3000", Data.StopWords);
        Assert.Contains(",", Data.StopWords);
        Assert.DoesNotContain("%", Data.StopWords);
    }
}

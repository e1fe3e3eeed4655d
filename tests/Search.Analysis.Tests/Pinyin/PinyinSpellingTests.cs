using Search.Analysis.Pinyin;

namespace Search.Analysis.Tests.Pinyin;

public sealed class PinyinSpellingTests
{
    private static IEnumerable<string> Readings(string text, bool partial = false) =>
        PinyinSpelling.Syllables(text, partial).Select(spelling => spelling.ToString());

    [Theory]
    [InlineData("laoshan", "lao shan")]
    [InlineData("jiaozhoushi", "jiao zhou shi")]
    [InlineData("LaoShan", "lao shan")]
    [InlineData("yingshanghuanjing", "ying shang huan jing")]
    public void Cuts_a_string_into_syllables(string text, string reading) =>
        Assert.Equal(reading, Readings(text).First());

    [Fact]
    public void Keeps_every_way_to_cut_an_ambiguous_string() =>
        Assert.Equal(["xian", "xi an"], Readings("xian"));

    [Fact]
    public void Spaces_are_cuts_the_reader_made() =>
        Assert.Equal(["xi an"], Readings("xi an"));

    [Theory]
    [InlineData("xi'an", "xi an")]
    [InlineData("ren'gong'zhi'neng", "ren gong zhi neng")]
    [InlineData("lao’shan", "lao shan")]
    [InlineData("ren'gongzhineng", "ren gong zhi neng")]
    public void Apostrophes_an_input_method_writes_are_cuts_too(string text, string reading) =>
        Assert.Equal(reading, Readings(text).First());

    [Fact]
    public void An_apostrophe_settles_an_ambiguous_cut() =>
        Assert.Equal(["xi an"], Readings("xi'an"));

    [Fact]
    public void Initials_ignore_apostrophes() =>
        Assert.True(PinyinSpelling.Initials("l'sq")!.Spells("崂山区"));

    [Theory]
    [InlineData("gdp")]
    [InlineData("qflp")]
    [InlineData("xqzv")]
    [InlineData("5g")]
    [InlineData("崂山")]
    [InlineData("")]
    public void What_is_not_pinyin_has_no_reading(string text) => Assert.Empty(Readings(text));

    [Fact]
    public void The_last_syllable_may_still_be_being_typed()
    {
        Assert.Contains("lao s…", Readings("laos", partial: true));
        Assert.Contains("lao shan…", Readings("laoshan", partial: true));
        Assert.Empty(Readings("laos"));
    }

    [Fact]
    public void Reads_initials_one_letter_a_character()
    {
        var initials = PinyinSpelling.Initials("lsq");

        Assert.NotNull(initials);
        Assert.Equal("l… s… q…", initials.ToString());
        Assert.True(initials.Spells("崂山区"));
        Assert.False(initials.Spells("崂山"));
        Assert.Null(PinyinSpelling.Initials("l"));
        Assert.Null(PinyinSpelling.Initials("abcdefghij"));
    }

    [Theory]
    [InlineData("laoshan", "崂山", true)]
    [InlineData("laoshan", "老山", true)]
    [InlineData("laoshan", "崂山区", false)]
    [InlineData("hangzhang", "行长", true)]
    [InlineData("xingzhang", "行长", true)]
    [InlineData("lvse", "绿色", true)]
    [InlineData("luse", "绿色", true)]
    [InlineData("jiaozhou", "胶州", true)]
    [InlineData("jiaozhou", "青岛", false)]
    public void A_spelling_spells_a_word_whichever_reading_of_each_character_it_uses(string text, string word, bool spelled) =>
        Assert.Equal(spelled, PinyinSpelling.Syllables(text, lastMayBePartial: false).Any(spelling => spelling.Spells(word)));

    [Fact]
    public void A_partial_spelling_starts_longer_words()
    {
        var spelling = PinyinSpelling.Syllables("laos", lastMayBePartial: true).First(reading => reading.ToString() == "lao s…");

        Assert.True(spelling.Starts("崂山区"));
        Assert.True(spelling.Starts("崂山"));
        Assert.False(spelling.Starts("崂"));
    }

    [Fact]
    public void Latin_means_letters_and_spaces_only()
    {
        Assert.True(PinyinSpelling.IsLatin("jiaozhou shi"));
        Assert.False(PinyinSpelling.IsLatin("5G"));
        Assert.False(PinyinSpelling.IsLatin("   "));
        Assert.False(PinyinSpelling.IsLatin("lao-shan"));
    }

    [Fact]
    public void A_word_may_spell_the_first_slots_of_a_longer_spelling()
    {
        var spelling = PinyinSpelling.Syllables("ditiezhan", lastMayBePartial: false).First();

        Assert.True(spelling.SpellsAtItsStart("地铁"));
        Assert.True(spelling.SpellsAtItsStart("地"));
        Assert.False(spelling.SpellsAtItsStart("铁"));
        Assert.False(spelling.SpellsAtItsStart("地铁站口"));
    }

    [Fact]
    public async Task A_long_ambiguous_string_with_no_cut_is_found_to_have_none_without_trying_every_way()
    {
        // 2^100 ways to cut the xians, none of them ending well: a walk into every dead end would never return.
        var reading = Task.Run(() => PinyinSpelling.Syllables(string.Concat(Enumerable.Repeat("xian", 100)) + "q", lastMayBePartial: false));

        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Empty(await reading);
    }

    [Fact]
    public void A_long_ambiguous_string_keeps_a_few_readings_with_the_fewest_syllables()
    {
        var readings = PinyinSpelling.Syllables(string.Concat(Enumerable.Repeat("xian", 100)), lastMayBePartial: false);

        Assert.InRange(readings.Count, 1, PinyinSpelling.MaxReadings);
        Assert.Equal(100, readings[0].Slots.Count);
    }

    [Fact]
    public void Readings_with_fewer_syllables_come_first() =>
        Assert.Equal(["xin gai jian", "xing ai jian"], Readings("xingaijian").Take(2).Order());
}

using Search.Places;

namespace Search.Corpus.Tests;

public sealed class GivenPlaceTests
{
    private static string? Code(Place? place) => place?.Code;

    [Theory]
    [InlineData("崂山", "370212")]
    [InlineData(" 平度市 ", "370283")]
    [InlineData("370212", "370212")]
    [InlineData("黄岛区", "370211")]
    [InlineData("上合示范区", "370281")]
    [InlineData("嶗山區", "370212")]
    [InlineData("ＳＤ", null)]
    [InlineData("火星区", null)]
    public void A_name_or_code_a_person_gives_means_its_place(string given, string? code)
    {
        Assert.Equal(code, Code(GivenPlace.Candidates(given) is [var only] ? only : null));
    }

    [Fact]
    public void A_name_several_places_bear_gives_every_one_of_them()
    {
        var candidates = GivenPlace.Candidates("朝阳区");

        Assert.Contains(candidates, place => place.Code == "110105");
        Assert.Contains(candidates, place => place.Code == "220104");
    }

    [Fact]
    public void A_message_names_a_place_with_its_code_and_the_place_above_it()
    {
        Assert.Equal("朝阳区 (110105, 北京市)", GivenPlace.Described(Gazetteer.ByCode("110105")!));
    }
}

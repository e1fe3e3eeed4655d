using Search.Corpus.Metadata;
using Search.Tests;

namespace Search.Corpus.Tests.Metadata;

public sealed class PlaceSectionsTests
{
    private static readonly string[] Paragraphs =
    [
        "开局定后势。",                                  // 0: about the places together
        "力争取得新突破",                                // 7: a heading
        "1月28日,崂山区把2023年确定为“突破提升年”。",     // 15: names 崂山区, not at its start
        "近年来,新兴产业发展迅猛。",                      // 41: names none: still 崂山区's
        "各区市迅速进入状态。",                           // 55: the places together again
        "即墨区以干部作风建设大会开启新的一年。",          // 66
        "为促进城乡融合发展,即墨今年将聚力城市更新。",     // 85: a short form
    ];

    private static (int Start, int End, string Place)[] Of(params string[] places) =>
        [.. PlaceSections.Of(Paragraphs, Named.Places(places)).Select(section => (section.Start, section.End, section.Place.Name))];

    [Fact]
    public void A_paragraph_naming_one_of_the_places_is_its_and_so_are_those_after_it_that_name_none()
    {
        var text = string.Join('\n', Paragraphs);
        var sections = Of("崂山区", "即墨区");

        Assert.Equal(["崂山区", "即墨区"], sections.Select(section => section.Place));
        Assert.Equal(Paragraphs[2] + "\n" + Paragraphs[3], text[sections[0].Start..sections[0].End]);
        Assert.Equal(Paragraphs[5] + "\n" + Paragraphs[6], text[sections[1].Start..sections[1].End]);
    }

    [Fact]
    public void Only_the_articles_own_places_open_a_section()
    {
        Assert.Equal(["即墨区"], Of("即墨区", "平度市").Select(section => section.Place));
    }

    [Fact]
    public void An_article_about_one_place_has_no_sections() => Assert.Empty(Of("崂山区"));
}

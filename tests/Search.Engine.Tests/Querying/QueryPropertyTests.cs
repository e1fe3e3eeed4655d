using Search.Engine.Querying;

namespace Search.Engine.Tests.Querying;

/// <summary>
/// For any input the parser returns a query and executing it never throws. Inputs are drawn with a
/// fixed seed from operators, quotes, brackets, field prefixes and awkward Unicode, up to 5,000 characters.
/// </summary>
public sealed class QueryPropertyTests(RepositoryIndexFixture fixture) : IClassFixture<RepositoryIndexFixture>
{
    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "\n", "\"", "“", "”", "'", "-", "--", "OR", "NOT", "AND", "or", "(", ")", "（", "）", "[", "]", "*", "?", ":",
        "title:", "district:", "year:", "district:崂山", "year:2024", "year:2023..2025", "year:..", "year:99999", "..",
        "崂山", "提质", "上合", "发展", "港", "6.5%", "5G", "ＱＦＬＰ", "a", "Z", "0", "9", "\u0000", "\u001F", "\u200B", "\uFEFF",
        "\uFFFF", "\uD800", "\uDC00", "𠀀", "😀", "é", "한", "\u2029", "\\", "/", "%", "&", "<script>", "';DROP TABLE articles;--",
    ];

    [Fact]
    public void Any_input_parses_and_executes_without_throwing()
    {
        var random = new Random(5_000);
        for (var round = 0; round < 1500; round++)
        {
            var length = round % 50 == 0 ? 5000 : random.Next(0, 40);
            var input = string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));
            if (input.Length > 5000)
                input = input[..5000];

            _ = QueryParser.Parse(input); // throws on what it cannot read, which it must never do
            var result = fixture.Index.Search(input, size: 10);

            Assert.InRange(result.Total, 0, 9);
            Assert.True(result.Hits.Count <= 10);
        }
    }

    [Fact]
    public void Null_and_empty_inputs_are_the_empty_query()
    {
        Assert.True(QueryParser.Parse(null).MatchesEverything);
        Assert.True(QueryParser.Parse("   ").MatchesEverything);
    }
}

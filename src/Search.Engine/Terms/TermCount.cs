namespace Search.Engine.Terms;

/// <summary>
/// How a term is counted, in every view: its <b>mentions</b> are the times it occurs in the title
/// and body of the articles counted — a word or a phrase as SmartCn reads the text in the lists
/// (so 发展 inside the word 发展观 is not a mention of 发展), the query's text in a trend (a plain
/// count, as Ctrl-F finds it); its <b>articles</b> those holding it at least once; and its rate the
/// mentions per 10,000 characters of those texts' <b>length</b>, which compares reports of any
/// size. An article covering several governments (a roundup) counts for each of them.
/// </summary>
/// <param name="Mentions">Times the term occurs.</param>
/// <param name="Articles">Articles holding it.</param>
/// <param name="Length">Characters of all the articles counted over (those without it too).</param>
public readonly record struct TermCount(int Mentions, int Articles, long Length)
{
    public double PerTenThousand => Length == 0 ? 0 : Mentions * 10_000.0 / Length;
}

/// <summary>A set of reports counted over: how many articles, how many characters.</summary>
public readonly record struct TextSize(int Articles, long Length)
{
    public TextSize Plus(int articles, long length) => new(Articles + articles, Length + length);
}

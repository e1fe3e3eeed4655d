namespace Search.Corpus.Pages;

/// <summary>What one line of a newspaper page is, judged from the line alone.</summary>
internal enum BlockKind
{
    /// <summary>Page furniture: client/app lines, editor credits, punctuation-only lines. Dropped.</summary>
    Furniture,

    /// <summary>A photo caption: <c>■…</c>, or a line ending in <c>摄</c> or <c>供图</c>.</summary>
    Caption,

    /// <summary>Reporter credits: <c>观海新闻/青岛晚报 记者 马丙政</c>, <c>□青岛日报记者 王凯</c>, <c>(衣涛 张绪霞)</c>.</summary>
    Byline,

    /// <summary>Where an article comes from: <c>来源：广西日报</c>. A credit kept with the bylines, which opens nothing and closes nothing.</summary>
    Source,

    /// <summary>A bare place name on its own line (<c>胶州</c>) announcing the article below it.</summary>
    PlaceLabel,

    /// <summary>A Markdown heading (<c>#</c>, <c>##</c>): a title, a banner or a section heading.</summary>
    Heading,

    /// <summary>Anything else: a headline, a deck, a paragraph or a fragment of one.</summary>
    Text,
}

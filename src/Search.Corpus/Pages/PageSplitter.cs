namespace Search.Corpus.Pages;

/// <summary>
/// Splits a page's lines into draft articles. An article opens with a headline (a <c>崂山区：…</c>
/// headline, a heading, or the line under a district label), may have a deck line, then body text;
/// a byline after body text closes it. Headings stacked above the real headline with no body between
/// them (column banners such as <c>区市两会传递强音</c>) are dropped, and text above the page's first
/// headline is that article's lead.
/// </summary>
internal sealed class PageSplitter
{
    private const int MaxDeckLength = 80;

    private readonly List<DraftArticle> _articles = [];
    private readonly List<DraftArticle.Paragraph> _lead = [];
    private readonly List<string> _pendingCaptions = [];
    private readonly List<string> _pendingBylines = [];
    private DraftArticle? _current;
    private bool _closed;
    private bool _bodyStarted;
    private bool _awaitingTitle;
    private bool _deckAllowed;

    public static IReadOnlyList<DraftArticle> Split(IEnumerable<Block> blocks)
    {
        var splitter = new PageSplitter();
        foreach (var block in blocks)
            splitter.Take(block);
        return splitter.Finish();
    }

    private void Take(Block block)
    {
        switch (block.Kind)
        {
            case BlockKind.Furniture:
                return;
            case BlockKind.Caption:
                // After a byline, a caption belongs to whatever article comes next.
                (_current is null || _closed ? _pendingCaptions : _current.Captions).Add(block.Text);
                _deckAllowed = false;
                return;
            case BlockKind.Byline:
                TakeByline(block.Text);
                return;
            case BlockKind.Source:
                (_current?.Bylines ?? _pendingBylines).Add(block.Text);
                return;
            case BlockKind.PlaceLabel:
                Open(title: null, block.Text);
                _awaitingTitle = true;
                return;
            default:
                TakeText(block);
                return;
        }
    }

    private void TakeByline(string byline)
    {
        (_current?.Bylines ?? _pendingBylines).Add(byline);
        _deckAllowed = false;
        if (_bodyStarted)
            _closed = true;
    }

    private void TakeText(Block block)
    {
        if (_awaitingTitle)
        {
            _current!.Title = block.Text;
            _awaitingTitle = false;
            _deckAllowed = true;
            return;
        }

        if (block.HeadlineLabel is { } label)
        {
            Open(block.Text, label);
            return;
        }

        if (_current is null || _closed)
        {
            if (block.IsHeadingLike)
                Open(block.Text, label: null);
            else
                _lead.Add(new DraftArticle.Paragraph(block.Text, IsSectionHeading: false));
            return;
        }

        if (!_bodyStarted)
        {
            if (block.Kind is BlockKind.Heading)
            {
                // A heading above the body replaces the one before it: that one was a column banner.
                Open(block.Text, _current.Label);
                return;
            }
            if (_deckAllowed && _current.Subtitle is null && IsDeck(block.Text))
            {
                _current.Subtitle = block.Text;
                _deckAllowed = false;
                return;
            }
        }

        _deckAllowed = false;
        if (!_bodyStarted)
            ConfirmDeck(_current, block.Text);
        _bodyStarted = true;
        _current.Paragraphs.Add(new DraftArticle.Paragraph(block.Text, IsSectionHeading: block.Kind is BlockKind.Heading));
    }

    /// <summary>
    /// Starts a new article. One that never got body text under its headline was a banner: it is
    /// replaced, and what it had collected (a lead, captions, bylines) moves to the new one.
    /// </summary>
    private void Open(string? title, string? label)
    {
        var next = new DraftArticle { Title = title, Label = label };
        if (_current is { } banner && !_bodyStarted && !_closed)
        {
            _articles.Remove(banner);
            next.Paragraphs.AddRange(banner.Paragraphs);
            next.Captions.AddRange(banner.Captions);
            next.Bylines.AddRange(banner.Bylines);
        }

        next.Captions.AddRange(_pendingCaptions);
        next.Bylines.AddRange(_pendingBylines);
        next.Paragraphs.AddRange(_lead);
        _pendingCaptions.Clear();
        _pendingBylines.Clear();
        _lead.Clear();

        _articles.Add(next);
        _current = next;
        _closed = false;
        _bodyStarted = false;
        _awaitingTitle = false;
        _deckAllowed = title is not null;
    }

    /// <summary>
    /// The line under a headline that sums it up: a heading-like line, a longer one that leads on with
    /// a dash (<c>…新篇章——</c>), or a single sentence (confirmed by <see cref="ConfirmDeck"/>).
    /// </summary>
    private static bool IsDeck(string text) =>
        !Metadata.Dateline.StartsWithDate(text) && IsDeckShaped(text);

    private static bool IsDeckShaped(string text) =>
        new Block(BlockKind.Text, text).IsHeadingLike ||
        (text.Length <= MaxDeckLength && text.EndsWith("——", StringComparison.Ordinal)) ||
        (text.Length <= MaxDeckLength && Punctuation.CountSentenceEnds(text) == 1 && Punctuation.EndsSentence(text));

    /// <summary>
    /// A deck that is a whole sentence (<c>2023年,城阳区全力以赴做到“五个攻坚突破”。</c>) is only told
    /// apart from a short first paragraph by what follows it: the report's dateline.
    /// </summary>
    private static void ConfirmDeck(DraftArticle article, string firstParagraph)
    {
        if (article.Subtitle is { } deck && Punctuation.HasSentenceEnd(deck) && !Metadata.Dateline.StartsWithDate(firstParagraph))
        {
            article.Paragraphs.Add(new DraftArticle.Paragraph(deck, IsSectionHeading: false));
            article.Subtitle = null;
        }
    }

    private IReadOnlyList<DraftArticle> Finish()
    {
        if (_lead.Count > 0)
        {
            // Text after the last byline with no headline of its own continues the last article.
            if (_current is null)
                _articles.Add(_current = new DraftArticle());
            _current.Paragraphs.AddRange(_lead);
        }
        _current?.Captions.AddRange(_pendingCaptions);
        _current?.Bylines.AddRange(_pendingBylines);
        foreach (var article in _articles.Where(article => !article.HasBody && article.Subtitle is not null))
        {
            // A "deck" with nothing under it was the article's only paragraph.
            article.Paragraphs.Add(new DraftArticle.Paragraph(article.Subtitle!, IsSectionHeading: false));
            article.Subtitle = null;
        }
        return _articles.Where(article => article.HasBody).ToList();
    }
}

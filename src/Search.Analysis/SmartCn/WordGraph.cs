using Search.Analysis.SmartCn.Dictionaries;

namespace Search.Analysis.SmartCn;

/// <summary>
/// SmartCn's segmentation of one sentence: every dictionary word starting at a Hanzi, every single
/// Hanzi, every Latin letter run, digit run and punctuation unit becomes a candidate; candidates that
/// can follow each other are joined by edges weighted with a smoothed bigram probability; the
/// cheapest path from the sentence-begin to the sentence-end sentinel is the segmentation.
/// One instance is reused sentence after sentence, so segmenting allocates nothing once warm.
/// </summary>
internal sealed class WordGraph(SmartCnData data)
{
    /// <summary>Lucene's "maximum frequency", 2079997 + 80000: the frequency of every delimiter.</summary>
    private const int MaxFrequency = 2159997;
    private const double Smoothing = 0.1;
    private const double Tau = 1.0 / MaxFrequency;

    private static readonly long BeginKeyPrefix = PairHash.Add(PairHash.Of(SmartCnData.SentenceBegin), PairHash.Separator);
    private static readonly long StringKeyPrefix = PairHash.Add(PairHash.Of(SmartCnData.StringPlaceholder), PairHash.Separator);
    private static readonly long NumberKeyPrefix = PairHash.Add(PairHash.Of(SmartCnData.NumberPlaceholder), PairHash.Separator);

    private Candidate[] _candidates = new Candidate[256];
    private int _count;
    private int[] _firstAt = new int[256];     // position → index of the first candidate starting there, or -1
    private int[] _nextStart = new int[257];   // position → smallest position ≥ it where a candidate starts
    private double[] _cost = new double[256];
    private int[] _previous = new int[256];

    /// <summary>A token of the best path: its kind and its span in the sentence.</summary>
    public readonly record struct PathToken(TokenKind Kind, int Start, int End);

    /// <summary>Segments <paramref name="sentence"/> and appends the best path, sentinels excluded, to <paramref name="path"/>.</summary>
    public void Segment(ReadOnlySpan<char> sentence, List<PathToken> path)
    {
        BuildCandidates(sentence);
        FindCheapestPath(sentence);
        AppendPath(path);
    }

    private void BuildCandidates(ReadOnlySpan<char> sentence)
    {
        var n = sentence.Length;
        EnsureCapacity(n);
        _count = 0;
        Add(new Candidate(TokenKind.SentenceBegin, -1, 0, data.BeginFrequency, BeginKeyPrefix));
        _firstAt.AsSpan(0, n).Fill(-1);

        var i = 0;
        while (i < n)
        {
            var cls = CharClasses.Of(sentence[i]);
            switch (cls)
            {
                case CharClass.SpaceLike:
                    i++;
                    break;
                case CharClass.Hanzi:
                    MarkStart(i);
                    AddWordsAt(sentence, i);
                    i++;
                    break;
                case CharClass.Letter or CharClass.FullWidthLetter:
                    MarkStart(i);
                    i = AddRun(sentence, i, CharClass.Letter, CharClass.FullWidthLetter, TokenKind.String, TokenKind.FullWidthString,
                        data.StringFrequency, StringKeyPrefix);
                    break;
                case CharClass.Digit or CharClass.FullWidthDigit:
                    MarkStart(i);
                    i = AddRun(sentence, i, CharClass.Digit, CharClass.FullWidthDigit, TokenKind.Number, TokenKind.FullWidthNumber,
                        data.NumberFrequency, NumberKeyPrefix);
                    break;
                case CharClass.Delimiter:
                    MarkStart(i);
                    Add(new Candidate(TokenKind.Delimiter, i, i + 1, MaxFrequency, PairHash.Add(PairHash.Add(PairHash.Seed, sentence[i]), PairHash.Separator)));
                    i++;
                    break;
                default: // Other: each unit alone, as a string
                    MarkStart(i);
                    Add(new Candidate(TokenKind.String, i, i + 1, data.StringFrequency, StringKeyPrefix));
                    i++;
                    break;
            }
        }
        Add(new Candidate(TokenKind.SentenceEnd, n, n + 1, data.EndFrequency, 0));

        _nextStart[n] = n;
        for (var position = n - 1; position >= 0; position--)
            _nextStart[position] = _firstAt[position] >= 0 ? position : _nextStart[position + 1];
    }

    /// <summary>The single Hanzi, then every longer dictionary word starting with it (spaces may sit between its characters).</summary>
    private void AddWordsAt(ReadOnlySpan<char> sentence, int start)
    {
        var words = data.Words;
        var range = words.Row(sentence[start]);
        var singleFrequency = words.WordFrequency(range) ?? 0;
        var keyPrefix = PairHash.Add(PairHash.Add(PairHash.Seed, sentence[start]), PairHash.Separator);
        Add(new Candidate(TokenKind.ChineseWord, start, start + 1, singleFrequency, keyPrefix));
        if (range.IsEmpty)
            return;

        var text = PairHash.Add(PairHash.Seed, sentence[start]);
        var j = start + 1;
        while (true)
        {
            if (range.Depth >= 1 && words.WordFrequency(range) is { } frequency)
                Add(new Candidate(TokenKind.ChineseWord, start, j, frequency, PairHash.Add(text, PairHash.Separator)));
            while (j < sentence.Length && CharClasses.Of(sentence[j]) == CharClass.SpaceLike)
                j++;
            if (j >= sentence.Length || CharClasses.Of(sentence[j]) != CharClass.Hanzi)
                return;
            range = words.Narrow(range, sentence[j]);
            if (range.IsEmpty)
                return;
            text = PairHash.Add(text, sentence[j]);
            j++;
        }
    }

    private int AddRun(ReadOnlySpan<char> sentence, int start, CharClass half, CharClass full,
        TokenKind halfKind, TokenKind fullKind, int frequency, long keyPrefix)
    {
        var end = start;
        var anyFull = false;
        while (end < sentence.Length && CharClasses.Of(sentence[end]) is var cls && (cls == half || cls == full))
        {
            anyFull |= cls == full;
            end++;
        }
        Add(new Candidate(anyFull ? fullKind : halfKind, start, end, frequency, keyPrefix));
        return end;
    }

    private void FindCheapestPath(ReadOnlySpan<char> sentence)
    {
        var n = sentence.Length;
        var end = _count - 1;
        _cost.AsSpan(0, _count).Fill(double.PositiveInfinity);
        _cost[0] = 0;

        // Candidates are numbered in start order, so every edge runs from a lower to a higher number:
        // relaxing sources in order settles each cost before it is used. A later source replaces the
        // best only when strictly cheaper, which keeps Lucene's tie rule (first source wins).
        for (var source = 0; source < end; source++)
        {
            ref readonly var from = ref _candidates[source];
            // Edges go to every candidate at the first position at or after the source's end where any
            // starts; the end sentinel, which starts at n, closes the run at every other position.
            var next = _nextStart[from.End];
            if (next == n)
            {
                Relax(source, end, sentence);
                continue;
            }
            for (var target = _firstAt[next]; _candidates[target].Start == next; target++)
                Relax(source, target, sentence);
        }
    }

    private void Relax(int source, int target, ReadOnlySpan<char> sentence)
    {
        var total = _cost[source] + Weight(_candidates[source], _candidates[target], sentence);
        if (total < _cost[target])
        {
            _cost[target] = total;
            _previous[target] = source;
        }
    }

    /// <summary>
    /// −ln(λ·(1+F₁)/M + (1−λ)·((1−τ)·P/(1+F₁) + τ)), evaluated in exactly Lucene's order so that
    /// results are bit-identical: F₁ is the source's frequency, P the pair's bigram frequency. Most
    /// pairs are unknown (P = 0), and then the weight depends on the source alone: it is computed
    /// once per candidate rather than once per edge.
    /// </summary>
    private double Weight(in Candidate from, in Candidate to, ReadOnlySpan<char> sentence)
    {
        var pair = data.Bigrams.Frequency(AppendGraphText(from.KeyPrefix, to, sentence));
        return pair == 0 ? from.UnknownPairWeight : WeightOf(from.Frequency, pair);
    }

    private static double WeightOf(int sourceFrequency, int pairFrequency)
    {
        var f1 = 1.0 + sourceFrequency;
        var a = Smoothing * f1 / MaxFrequency;
        var b = (1.0 - Tau) * pairFrequency / f1 + Tau;
        var c = (1.0 - Smoothing) * b;
        return -Math.Log(a + c);
    }

    /// <summary>Continues a pair-key hash with the target's graph text (placeholders for runs, the Hanzi of a word).</summary>
    private static long AppendGraphText(long hash, in Candidate to, ReadOnlySpan<char> sentence) => to.Kind switch
    {
        TokenKind.String or TokenKind.FullWidthString => PairHash.Add(hash, SmartCnData.StringPlaceholder),
        TokenKind.Number or TokenKind.FullWidthNumber => PairHash.Add(hash, SmartCnData.NumberPlaceholder),
        TokenKind.SentenceEnd => PairHash.Add(hash, SmartCnData.SentenceEnd),
        TokenKind.Delimiter => PairHash.Add(hash, sentence[to.Start]),
        _ => AppendHanzi(hash, sentence[to.Start..to.End]),
    };

    private static long AppendHanzi(long hash, ReadOnlySpan<char> span)
    {
        foreach (var unit in span)
        {
            if (CharClasses.Of(unit) != CharClass.SpaceLike)
                hash = PairHash.Add(hash, unit);
        }
        return hash;
    }

    private void AppendPath(List<PathToken> path)
    {
        var insertAt = path.Count;
        for (var at = _previous[_count - 1]; at > 0; at = _previous[at])
        {
            ref readonly var token = ref _candidates[at];
            path.Insert(insertAt, new PathToken(token.Kind, token.Start, token.End));
        }
    }

    private void MarkStart(int position) => _firstAt[position] = _count;

    private void Add(in Candidate candidate)
    {
        if (_count == _candidates.Length)
        {
            Array.Resize(ref _candidates, _count * 2);
            Array.Resize(ref _cost, _count * 2);
            Array.Resize(ref _previous, _count * 2);
        }
        _candidates[_count++] = candidate;
    }

    private void EnsureCapacity(int length)
    {
        if (_firstAt.Length < length)
        {
            _firstAt = new int[length];
            _nextStart = new int[length + 1];
        }
    }

    /// <param name="KeyPrefix">The pair-key hash of this candidate's graph text followed by <c>@</c>.</param>
    private readonly record struct Candidate(TokenKind Kind, int Start, int End, int Frequency, long KeyPrefix)
    {
        /// <summary>The weight of an edge from this candidate to a target it never occurs before in the bigram dictionary.</summary>
        public double UnknownPairWeight { get; } = WeightOf(Frequency, 0);
    }
}

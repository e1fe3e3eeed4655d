using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Analysis.Terms;

/// <summary>
/// Adjacent words as phrases: the word chain's tokens joined two to <see cref="MaxWords"/> at a
/// time with a <see cref="Separator"/> (新型 城镇化), no single words (the word field has them). A
/// phrase never spans what the words leave out: punctuation (SmartCn keeps its position), a number
/// and its date unit (<c>2024</c> <c>年</c>, <c>5.5%</c>: numbers and dates are not terms) or a
/// particle such as 的 or 和 (<see cref="TermText.BreaksPhrase(ReadOnlySpan{char})"/>), so every
/// phrase is words in a row of one clause, and none starts or ends with a function word. What a
/// "new term" is made of; the index keeps these with their frequencies (<c>all.phrases</c>).
/// </summary>
/// <remarks>
/// The phrases are Lucene's shingles of the words, in the order <c>ShingleFilter</c> gives them (by
/// their first word, the shorter first), made here from each run of words in a row: the shingle
/// filter clones every token's attributes into its window and a filler into each gap, and was a
/// tenth of a build's time for what this does with two buffers (docs/benchmarks.md, "Indexing").
/// The same terms, not the same tokens: the phrase field keeps neither positions nor offsets
/// (<c>ArticleFields.PhraseType</c>), so a phrase carries no offsets and no gap before it.
/// </remarks>
public static class WordPhrases
{
    /// <summary>
    /// Three words make most policy phrases SmartCn splits (社会主义 市场 经济, 西部 大 开发,
    /// 三 个 代表); a longer one is found as its overlapping three-word parts.
    /// </summary>
    public const int MaxWords = 3;

    /// <summary>Between the words of a phrase term; <see cref="TermText.Display"/> removes it between Chinese words.</summary>
    public const char Separator = ' ';

    /// <summary>The phrases of a stream of the word chain's tokens.</summary>
    public static TokenStream Over(TokenStream words) => new PhraseFilter(words);

    private sealed class PhraseFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;

        // The run of words in a row being emitted: their letters one after another, and where each ends.
        private char[] _letters = new char[256];
        private readonly List<int> _ends = [];

        // The next phrase of the run: its first word and how many words it holds.
        private int _first;
        private int _size = 2;

        // A word read past the end of the run, which starts the next one (the term attribute is the phrases' by then).
        private char[] _pending = new char[16];
        private int _pendingLength = -1;
        private bool _exhausted;

        public PhraseFilter(TokenStream input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            while (true)
            {
                if (_first + _size <= _ends.Count)
                {
                    Emit();
                    return true;
                }
                if (_exhausted)
                    return false;
                ReadRun();
            }
        }

        private void Emit()
        {
            var start = _first == 0 ? 0 : _ends[_first - 1];
            var last = _first + _size - 1;
            ClearAttributes();
            var term = _term.ResizeBuffer(_ends[last] - start + _size - 1);
            var length = 0;
            for (var word = _first; word <= last; word++)
            {
                var from = word == 0 ? 0 : _ends[word - 1];
                if (word > _first)
                    term[length++] = Separator;
                Array.Copy(_letters, from, term, length, _ends[word] - from);
                length += _ends[word] - from;
            }
            _term.Length = length;
            _increment.PositionIncrement = _size == 2 ? 1 : 0;
            if (_size < MaxWords && last + 1 < _ends.Count)
            {
                _size++;
                return;
            }
            (_first, _size) = (_first + 1, 2);
        }

        /// <summary>The next run of at least two words in a row (or none, at the end of the input).</summary>
        private void ReadRun()
        {
            _ends.Clear();
            (_first, _size) = (0, 2);
            if (_pendingLength >= 0)
            {
                Keep(_pending, _pendingLength);
                _pendingLength = -1;
            }
            while (m_input.IncrementToken())
            {
                var increment = _increment.PositionIncrement;
                // A second token at one position (a number as typed) is no word of its own.
                if (increment == 0)
                    continue;
                var word = _term.Buffer.AsSpan(0, _term.Length);
                if (TermText.BreaksPhrase(word))
                {
                    if (_ends.Count >= 2)
                        return;
                    _ends.Clear();
                    continue;
                }
                // A gap before the word (punctuation, a word left out): the run ends before it.
                if (increment > 1 && _ends.Count > 0)
                {
                    if (_ends.Count >= 2)
                    {
                        if (_pending.Length < _term.Length)
                            _pending = new char[_term.Length];
                        Array.Copy(_term.Buffer, _pending, _pendingLength = _term.Length);
                        return;
                    }
                    _ends.Clear();
                }
                Keep(_term.Buffer, _term.Length);
            }
            _exhausted = true;
        }

        private void Keep(char[] word, int length)
        {
            var start = _ends.Count == 0 ? 0 : _ends[^1];
            if (start + length > _letters.Length)
                Array.Resize(ref _letters, Math.Max(_letters.Length * 2, start + length));
            Array.Copy(word, 0, _letters, start, length);
            _ends.Add(start + length);
        }

        public override void Reset()
        {
            base.Reset();
            _ends.Clear();
            (_first, _size, _pendingLength, _exhausted) = (0, 2, -1, false);
        }
    }
}

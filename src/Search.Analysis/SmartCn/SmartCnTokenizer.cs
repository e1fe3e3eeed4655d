namespace Search.Analysis.SmartCn;

/// <summary>
/// One analysis run's state. Reads the input in chunks of at most 1024 units, cut after the last line
/// break of a full buffer (as Lucene's tokenizer does, which bounds every sentence), splits each chunk
/// into sentences, segments them with the <see cref="WordGraph"/> and turns path tokens into terms.
/// </summary>
internal sealed class SmartCnTokenizer(SmartCnData data)
{
    private const int BufferSize = 1024;
    private const string DelimiterTerm = ",";

    private readonly char[] _buffer = new char[BufferSize];
    private readonly char[] _term = new char[BufferSize];
    private readonly WordGraph _graph = new(data);
    private readonly List<WordGraph.PathToken> _path = [];

    public SmartCnData Data => data;

    public void Run(TextReader reader, TokenHandler handler)
    {
        var chunkBase = 0;
        var length = 0;
        var usable = 0;
        var position = -1;
        var increment = 1;
        while (true)
        {
            // Refill: keep what the last chunk left over, top up to a full buffer.
            chunkBase += usable;
            _buffer.AsSpan(usable, length - usable).CopyTo(_buffer);
            length -= usable;
            var wanted = BufferSize - length;
            var got = ReadFully(reader, _buffer.AsSpan(length, wanted));
            length += got;
            if (length == 0)
                return;
            usable = got < wanted ? length : SafeEnd(_buffer);

            var chunk = _buffer.AsSpan(0, usable);
            for (var start = 0; start < chunk.Length;)
            {
                var end = SentenceBreaker.Next(chunk, start);
                EmitSentence(chunk[start..end], chunkBase + start, handler, ref position, ref increment);
                start = end;
            }
        }
    }

    private void EmitSentence(ReadOnlySpan<char> sentence, int sentenceBase, TokenHandler handler, ref int position, ref int increment)
    {
        _path.Clear();
        _graph.Segment(sentence, _path);
        foreach (var token in _path)
        {
            var length = Normalize(sentence, token, _term);
            length = PorterStemmer.Stem(_term.AsSpan(0, length));
            var term = _term.AsSpan(0, length);
            if (data.IsStopWord(term))
            {
                increment++;
                continue;
            }
            position += increment;
            increment = 1;
            handler(term, sentenceBase + token.Start, sentenceBase + token.End, position);
        }
    }

    /// <summary>The term text of a path token (spec §1.4), written into <paramref name="term"/>; returns its length.</summary>
    private static int Normalize(ReadOnlySpan<char> sentence, WordGraph.PathToken token, Span<char> term)
    {
        var source = sentence[token.Start..token.End];
        var length = 0;
        switch (token.Kind)
        {
            case TokenKind.Delimiter:
                DelimiterTerm.CopyTo(term);
                return DelimiterTerm.Length;
            case TokenKind.ChineseWord:
                foreach (var unit in source)
                {
                    if (CharClasses.Of(unit) != CharClass.SpaceLike)
                        term[length++] = unit;
                }
                return length;
            case TokenKind.FullWidthString or TokenKind.FullWidthNumber:
                foreach (var unit in source)
                    term[length++] = ToLowerAscii(unit >= '\uFF10' ? (char)(unit - 0xFEE0) : unit);
                return length;
            case TokenKind.String:
                foreach (var unit in source)
                    term[length++] = ToLowerAscii(unit);
                return length;
            default: // Number
                source.CopyTo(term);
                return source.Length;
        }
    }

    private static char ToLowerAscii(char unit) => unit is >= 'A' and <= 'Z' ? (char)(unit + 0x20) : unit;

    /// <summary>A full buffer is cut after its last line break (LF, CR, NEL, LS, PS), or at 1024 units if it has none.</summary>
    private static int SafeEnd(ReadOnlySpan<char> buffer)
    {
        var last = buffer.LastIndexOfAny("\n\r\u0085\u2028\u2029");
        return last >= 0 ? last + 1 : buffer.Length;
    }

    private static int ReadFully(TextReader reader, Span<char> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = reader.Read(destination[total..]);
            if (read == 0)
                break;
            total += read;
        }
        return total;
    }
}

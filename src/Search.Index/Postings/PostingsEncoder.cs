using System.Runtime.InteropServices;

namespace Search.Index.Postings;

/// <summary>
/// Builds one term's postings in increasing doc order. For each doc: the gap from the previous doc
/// id, then the term frequency — shifted left by one when positions are kept, the low bit saying
/// how wide they are — then the positions themselves, absolute and fixed-width: two bytes each when
/// the doc's last one fits in 16 bits (any article under 65,536 characters), four otherwise.
/// Fixed width is what makes phrases cheap: a reader finds the next doc without decoding a single
/// position, and compares positions in place, by merge or by binary search, without decoding them
/// one varint at a time.
/// </summary>
internal sealed class PostingsEncoder(bool withPositions)
{
    private readonly ByteBuffer _bytes = new();
    private int[] _positions = withPositions ? new int[4] : [];
    private int _previousDoc = -1;
    private int _currentDoc = -1;
    private int _frequency;

    public int DocumentFrequency { get; private set; }

    /// <summary>Records one occurrence; docs must arrive in increasing order, positions increasing within a doc.</summary>
    public void Add(int doc, int position)
    {
        if (doc != _currentDoc)
        {
            FinishDoc();
            _currentDoc = doc;
            DocumentFrequency++;
        }
        if (withPositions)
        {
            if (_frequency == _positions.Length)
                Array.Resize(ref _positions, _positions.Length * 2);
            _positions[_frequency] = position;
        }
        _frequency++;
    }

    public byte[] ToArray()
    {
        FinishDoc();
        return _bytes.ToArray();
    }

    /// <summary>Writes these postings, as for a doc range of their own, to the end of <paramref name="run"/>.</summary>
    public void WriteTo<TKey>(PostingsRun<TKey> run, TKey term)
    {
        FinishDoc();
        run.Bytes.Write(_bytes.Span);
        run.EndTerm(term, DocumentFrequency, _previousDoc);
    }

    /// <summary>One doc of postings with positions: the gap from the previous doc, the frequency and wide flag, the positions.</summary>
    public static void WriteDoc(ByteBuffer output, int docGap, ReadOnlySpan<int> positions)
    {
        output.WriteVarInt((uint)docGap);
        var wide = positions[^1] > ushort.MaxValue;
        output.WriteVarInt((uint)positions.Length << 1 | (wide ? 1u : 0u));
        // The machine's byte order is the file's (checked when positions are read).
        var bytes = output.Reserve(positions.Length * (wide ? 4 : 2));
        if (wide)
        {
            positions.CopyTo(MemoryMarshal.Cast<byte, int>(bytes));
            return;
        }
        var narrow = MemoryMarshal.Cast<byte, ushort>(bytes);
        for (var i = 0; i < narrow.Length; i++)
            narrow[i] = (ushort)positions[i];
    }

    /// <summary>One doc of postings without positions: the gap from the previous doc and the frequency.</summary>
    public static void WriteDoc(ByteBuffer output, int docGap, int frequency)
    {
        output.WriteVarInt((uint)docGap);
        output.WriteVarInt((uint)frequency);
    }

    private void FinishDoc()
    {
        if (_frequency == 0)
            return;
        if (withPositions)
            WriteDoc(_bytes, _currentDoc - _previousDoc, _positions.AsSpan(0, _frequency));
        else
            WriteDoc(_bytes, _currentDoc - _previousDoc, _frequency);
        _previousDoc = _currentDoc;
        _frequency = 0;
    }
}

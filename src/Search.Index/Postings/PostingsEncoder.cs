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

    /// <summary>
    /// Appends these postings to <paramref name="output"/>, which ends with doc
    /// <paramref name="previousDoc"/> (-1 when empty): the first doc's gap is re-based on it, the
    /// rest is copied as it is. Joins postings built over consecutive doc ranges.
    /// </summary>
    public void AppendTo(ByteBuffer output, ref int previousDoc)
    {
        FinishDoc();
        if (DocumentFrequency == 0)
            return;
        var bytes = _bytes.Span;
        var at = 0;
        var firstDoc = (int)VarInt.Read(bytes, ref at) - 1; // written as the gap from -1
        if (firstDoc <= previousDoc)
            throw new InvalidOperationException($"postings must be appended in doc order: doc {firstDoc} after {previousDoc}");
        output.WriteVarInt((uint)(firstDoc - previousDoc));
        output.Write(bytes[at..]);
        previousDoc = _previousDoc;
    }

    private void FinishDoc()
    {
        if (_frequency == 0)
            return;
        _bytes.WriteVarInt((uint)(_currentDoc - _previousDoc));
        if (withPositions)
        {
            var positions = _positions.AsSpan(0, _frequency);
            var wide = positions[^1] > ushort.MaxValue;
            _bytes.WriteVarInt((uint)_frequency << 1 | (wide ? 1u : 0u));
            // The machine's byte order is the file's (checked when positions are read).
            var output = _bytes.Reserve(positions.Length * (wide ? 4 : 2));
            if (wide)
                positions.CopyTo(MemoryMarshal.Cast<byte, int>(output));
            else
            {
                var narrow = MemoryMarshal.Cast<byte, ushort>(output);
                for (var i = 0; i < narrow.Length; i++)
                    narrow[i] = (ushort)positions[i];
            }
        }
        else
        {
            _bytes.WriteVarInt((uint)_frequency);
        }
        _previousDoc = _currentDoc;
        _frequency = 0;
    }
}

using Search.Index.Postings;

namespace Search.Index.Building;

/// <summary>
/// Inverts occurrences of numeric terms — (term, doc, position), in doc and position order — by
/// sorting instead of hashing. A hash table of per-term encoders costs several cache misses per
/// occurrence once it outgrows the cache, and the bigram representation has one occurrence per
/// character of text; appending to an array and radix-sorting it by term touches memory in order.
/// Occurrences collect in a buffer of at most <paramref name="runCapacity"/>; when it is full, the
/// docs it holds become one <see cref="PostingsRun{TKey}"/>. Not thread-safe.
/// </summary>
internal sealed class SortingInverter(int runCapacity = SortingInverter.DefaultRunCapacity)
{
    /// <summary>16 bytes an occurrence: 64 MB, and as much again to sort into.</summary>
    public const int DefaultRunCapacity = 4 << 20;

    private readonly List<PostingsRun<ulong>> _runs = [];
    private Occurrence[] _occurrences = new Occurrence[Math.Min(1 << 12, runCapacity)];
    private Occurrence[] _sorted = [];
    private int[] _positions = new int[64];
    private int _count;
    private int _currentDocStart;

    private readonly record struct Occurrence(ulong Term, int Doc, int Position);

    public void Add(ulong term, int doc, int position)
    {
        if (_count > 0 && _occurrences[_count - 1].Doc != doc)
            _currentDocStart = _count;
        if (_count == _occurrences.Length)
            MakeRoom();
        _occurrences[_count++] = new Occurrence(term, doc, position);
    }

    /// <summary>The runs, in doc order, of everything added; the inverter is empty afterwards.</summary>
    public IReadOnlyList<PostingsRun<ulong>> Finish()
    {
        Flush(_count);
        _occurrences = _sorted = [];
        PostingsRun<ulong>[] runs = [.. _runs];
        _runs.Clear(); // the caller's copy is the only one: merged runs can be collected
        return runs;
    }

    /// <summary>
    /// Grows the buffer up to the run capacity, then turns the docs before the current one into a
    /// run: a doc never spans two runs, or joining them would see it twice.
    /// </summary>
    private void MakeRoom()
    {
        if (_occurrences.Length < runCapacity || _currentDocStart == 0)
        {
            Array.Resize(ref _occurrences, _occurrences.Length * 2);
            return;
        }
        Flush(_currentDocStart);
        _occurrences.AsSpan(_currentDocStart, _count - _currentDocStart).CopyTo(_occurrences);
        _count -= _currentDocStart;
        _currentDocStart = 0;
    }

    private void Flush(int count)
    {
        if (count == 0)
            return;
        if (_sorted.Length < count)
            _sorted = new Occurrence[_occurrences.Length];
        var sorted = SortByTerm(_occurrences.AsSpan(0, count), _sorted.AsSpan(0, count));
        _runs.Add(Encode(sorted));
    }

    /// <summary>
    /// A stable least-significant-digit radix sort on the term, a byte at a time, skipping the bytes
    /// every term shares (characters of the basic plane leave the low half of a bigram's key zero).
    /// Stability keeps each term's occurrences in doc and position order. Returns whichever of the
    /// two buffers holds the result.
    /// </summary>
    private static ReadOnlySpan<Occurrence> SortByTerm(Span<Occurrence> occurrences, Span<Occurrence> scratch)
    {
        ulong anyOne = 0, allOnes = ulong.MaxValue;
        foreach (ref readonly var occurrence in occurrences)
        {
            anyOne |= occurrence.Term;
            allOnes &= occurrence.Term;
        }
        var varying = anyOne ^ allOnes;

        Span<int> starts = stackalloc int[256];
        for (var shift = 0; shift < 64; shift += 8)
        {
            if ((varying >> shift & 0xFF) == 0)
                continue;
            starts.Clear();
            foreach (ref readonly var occurrence in occurrences)
                starts[(int)(occurrence.Term >> shift) & 0xFF]++;
            for (int digit = 0, start = 0; digit < 256; digit++)
                (starts[digit], start) = (start, start + starts[digit]);
            foreach (ref readonly var occurrence in occurrences)
                scratch[starts[(int)(occurrence.Term >> shift) & 0xFF]++] = occurrence;
            var swap = occurrences;
            occurrences = scratch;
            scratch = swap;
        }
        return occurrences;
    }

    private PostingsRun<ulong> Encode(ReadOnlySpan<Occurrence> sorted)
    {
        var run = new PostingsRun<ulong>();
        for (var i = 0; i < sorted.Length;)
        {
            var term = sorted[i].Term;
            var previousDoc = -1;
            var documentFrequency = 0;
            while (i < sorted.Length && sorted[i].Term == term)
            {
                var doc = sorted[i].Doc;
                var frequency = 0;
                for (; i < sorted.Length && sorted[i].Term == term && sorted[i].Doc == doc; i++)
                {
                    if (frequency == _positions.Length)
                        Array.Resize(ref _positions, frequency * 2);
                    _positions[frequency++] = sorted[i].Position;
                }
                PostingsEncoder.WriteDoc(run.Bytes, doc - previousDoc, _positions.AsSpan(0, frequency));
                previousDoc = doc;
                documentFrequency++;
            }
            run.EndTerm(term, documentFrequency, previousDoc);
        }
        return run;
    }
}

using Search.Index.Postings;

namespace Search.Index.Building;

/// <summary>
/// Joins the term tables built over consecutive doc ranges into one term dictionary, sorted by
/// term, whose postings are concatenated into segments of at most <see cref="BuiltTerms.MaxSegmentBytes"/>,
/// each term pointing at its slice: a few large arrays load faster and weigh less than one per term.
/// </summary>
internal static class PostingsMerger
{
    /// <param name="ranges">Tables in doc order: every doc of one precedes every doc of the next.</param>
    /// <param name="name">The term's text for a key.</param>
    public static BuiltTerms Merge<TKey>(Field field, Representation representation, IReadOnlyList<TermTable<TKey>> ranges, Func<TKey, string> name)
        where TKey : notnull
    {
        var keys = ranges.SelectMany(range => range.Postings.Keys).Distinct(ranges[0].Postings.Comparer)
            .Select(key => (Key: key, Name: name(key))).OrderBy(term => term.Name, StringComparer.Ordinal);
        var terms = new List<EncodedTerm>();
        var segments = new List<byte[]>();
        var segment = new ByteBuffer(1 << 16);
        var term = new ByteBuffer();
        foreach (var (key, text) in keys)
        {
            term.Clear();
            var previousDoc = -1;
            var documentFrequency = 0;
            foreach (var range in ranges)
            {
                if (!range.Postings.TryGetValue(key, out var encoder))
                    continue;
                encoder.AppendTo(term, ref previousDoc);
                documentFrequency += encoder.DocumentFrequency;
            }
            if (segment.Length > 0 && segment.Length + term.Length > BuiltTerms.MaxSegmentBytes)
            {
                segments.Add(segment.ToArray());
                segment.Clear();
            }
            terms.Add(new EncodedTerm(text, documentFrequency, segments.Count, segment.Length, term.Length));
            segment.Write(term.Span);
        }
        segments.Add(segment.ToArray());
        foreach (var range in ranges)
            range.Postings.Clear(); // the merged copy is all that is needed now
        return new BuiltTerms(field, representation, terms, segments);
    }
}

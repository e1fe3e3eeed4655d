using Search.Index;

namespace Search.Engine.Searching;

/// <summary>
/// Okapi BM25 with Lucene's defaults; a title match weighs twice a body match. The length part of
/// the formula depends only on the doc, so it is computed once per index, not once per posting.
/// </summary>
internal sealed class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const double TitleWeight = 2.0;
    public const double BodyWeight = 1.0;

    private readonly int _documentCount;
    private readonly double[][] _lengthNorms;

    public Bm25(SearchIndex index)
    {
        _documentCount = index.Count;
        _lengthNorms = Enum.GetValues<Field>().Select(field =>
        {
            var average = Math.Max(index.AverageFieldLengths[(int)field], 1);
            var norms = new double[index.Count];
            for (var doc = 0; doc < norms.Length; doc++)
                norms[doc] = K1 * (1 - B + B * index.FieldLength(field, doc) / average);
            return norms;
        }).ToArray();
    }

    /// <summary>Scores one term in one field, given how many docs contain it there.</summary>
    public TermScorer Term(Field field, int documentFrequency)
    {
        var weight = field == Field.Title ? TitleWeight : BodyWeight;
        var idf = Math.Log(1 + (_documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
        return new TermScorer(_lengthNorms[(int)field], weight * idf * (K1 + 1));
    }
}

/// <summary>One term's BM25 contribution in one field: what is left per posting is a division.</summary>
internal readonly struct TermScorer(double[] lengthNorms, double scale)
{
    public double Score(int doc, int frequency) => scale * frequency / (frequency + lengthNorms[doc]);
}

namespace Search.Engine.Searching;

/// <summary>Okapi BM25 with Lucene's defaults; a title match weighs twice a body match.</summary>
internal static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const double TitleWeight = 2.0;
    public const double BodyWeight = 1.0;

    public static double Idf(int documentCount, int documentFrequency) =>
        Math.Log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

    public static double TermFrequencyNorm(int frequency, int length, double averageLength) =>
        frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / Math.Max(averageLength, 1)));
}

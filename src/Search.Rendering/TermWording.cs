namespace Search.Rendering;

/// <summary>What the terms views say of how they count and rank, in the API's answers and on the page, written once.</summary>
public static class TermWording
{
    public const string Counting =
        "A term is a word of two or more characters (SmartCn with the user dictionary) or a phrase of two or three adjacent words; " +
        "numbers, dates, particles and the speech's and page's furniture are left out. Mentions: the times a term occurs in the title " +
        "and body of the articles counted (a list counts words and phrases as SmartCn reads them, so 发展 inside 发展观 is not a mention of 发展; " +
        "a trend counts the query's text, a plain count). Articles: those holding it. Per 10,000: mentions per 10,000 characters of all " +
        "the articles counted. A government's reports are the articles covering its session; a roundup counts for each government it covers.";

    public const string Statistic =
        "Dunning's log-likelihood ratio G² of the term's mentions in the two sets of texts, given their lengths (keyness): " +
        "signed, positive where the first set uses it more; above 3.84 significant at p < 0.05, above 10.83 at p < 0.001.";

    public const string NewRanking =
        "New: used in the year's reports and in no earlier report of the place (against=place) or of any place (against=all); " +
        "a phrase only where it stands more than once in the corpus. " +
        "Ranked by mentions, then articles, then how many later years use it again; a phrase before its fragments, a term before the phrases new only because they hold it.";
}

using Search.Analysis.Pinyin;
using Search.Index;

namespace Search.Engine.Pinyin;

/// <summary>
/// The corpus's words a pinyin spelling spells, found in the index's word dictionary: for each
/// character the first slot may stand for, a walk of the words that start with it, each checked
/// against the whole spelling. Nothing is built or stored for pinyin; the dictionary is the index's own.
/// </summary>
public static class PinyinWords
{
    /// <summary>A walk stops after this many words, as the suggestions' does: a lone initial starts thousands.</summary>
    public const int MaxWordsWalked = 20_000;

    private static readonly string WordField = ArticleFields.Name(ArticlePart.All, Representation.Words);

    /// <summary>
    /// Each word that <paramref name="spellings"/> spell in the way <paramref name="match"/> says,
    /// with the number of articles holding it.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Find(ArticleIndex index, IEnumerable<PinyinSpelling> spellings, PinyinMatch match)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in spellings.GroupBy(spelling => spelling.Slots[0]))
        {
            var starts = group.Key.Characters.Select(character => character.ToString());
            foreach (var (word, articles) in index.TermsStartingWithAny(WordField, starts, MaxWordsWalked))
            {
                if (group.Any(spelling => match switch
                    {
                        PinyinMatch.Whole => spelling.Spells(word),
                        PinyinMatch.WordStart => spelling.Starts(word),
                        _ => spelling.SpellsAtItsStart(word),
                    }))
                {
                    found[word] = Math.Max(articles, found.GetValueOrDefault(word));
                }
            }
        }
        return found;
    }
}

/// <summary>How a word must stand to a spelling to be found by it.</summary>
public enum PinyinMatch
{
    /// <summary>The spelling spells the whole word: a search.</summary>
    Whole,

    /// <summary>The spelling spells the word's first characters: a suggestion for what is being typed.</summary>
    WordStart,

    /// <summary>The word is spelled by the spelling's first slots: a piece of a string cut into words.</summary>
    SpellingStart,
}

using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TransitionLab.Site.Search;

/// <summary>
/// How text becomes search terms, the same for the index, the server's query and <c>search.js</c>:
/// a word is a run of letters and digits; it is lower-cased and loses its accents (<c>ideeën</c> is
/// <c>ideeen</c>); one-letter words and Dutch stop words are left out; the rest is stemmed.
/// </summary>
public static partial class SearchText
{
    /// <summary>One word of a text: where it stands in the original and its normalised form.</summary>
    /// <param name="Start">Index of its first character in the original text.</param>
    /// <param name="Length">Its length in the original text.</param>
    /// <param name="Normalised">Lower case, without accents.</param>
    public readonly record struct Word(int Start, int Length, string Normalised);

    /// <summary>Every word of <paramref name="text"/>, stop words included, in order.</summary>
    public static IEnumerable<Word> Words(string text)
    {
        var buffer = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0) start = i;
                buffer.Append(Fold(text[i]));
                continue;
            }
            if (start < 0) continue;
            yield return new Word(start, i - start, buffer.ToString());
            buffer.Clear();
            start = -1;
        }
    }

    /// <summary>The stems a text is found by: every word that counts, stemmed, in order.</summary>
    /// <remarks>
    /// The same words as <see cref="Words"/>, folded into a buffer instead of a string each: the index reads every text of
    /// the site, and most of its words are ones the stemmer already knows, so only a new word becomes a string.
    /// </remarks>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        char[]? rented = null;
        Span<char> word = stackalloc char[64];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (length == word.Length)
                {
                    var larger = ArrayPool<char>.Shared.Rent(word.Length * 2);
                    word.CopyTo(larger);
                    if (rented is not null) ArrayPool<char>.Shared.Return(rented);
                    word = rented = larger;
                }
                word[length++] = Fold(text[i]);
                continue;
            }
            if (length == 0) continue;
            var normalised = word[..length];
            if (Counts(normalised)) terms.Add(DutchStemmer.Stem(normalised));
            length = 0;
        }
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return terms;
    }

    /// <summary>Whether a normalised word is searched for at all: two letters or more and not a stop word.</summary>
    public static bool Counts(string normalised) => Counts(normalised.AsSpan());

    private static bool Counts(ReadOnlySpan<char> normalised) => normalised.Length >= 2 && !StopWordSpans.Contains(normalised);

    /// <summary>Lower case without accents; the same as <c>normalise</c> in search.js.</summary>
    public static string Normalise(string text) => string.Concat(text.Select(Fold));

    private static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128) return lower;
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : lower;
    }

    /// <summary>The visible text of rendered HTML, for pages whose content exists only as HTML.</summary>
    public static string FromHtml(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    /// <summary>
    /// Words too common to tell pages apart: Snowball's Dutch stop list (the one Lucene's Dutch analyser
    /// uses). Shipped in the index manifest, so the browser leaves out the same words.
    /// </summary>
    public static IReadOnlySet<string> StopWords => StopWordSet;

    private static readonly HashSet<string> StopWordSet = new(
    [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was", "op", "aan", "met", "als",
        "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich",
        "bij", "ook", "tot", "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u", "want",
        "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren", "veel", "meer", "doen", "toen",
        "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt",
        "wezen", "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest", "andere",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
}

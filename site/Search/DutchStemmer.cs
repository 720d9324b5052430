using System.Collections.Concurrent;
using SnowballDutch = Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer;

namespace TransitionLab.Site.Search;

/// <summary>
/// Reduces a Dutch word to the form the search index stores, so inflected forms find each other:
/// Snowball's Dutch stemmer (from Lucene.Net, the reference that <c>search.js</c> is tested against),
/// then one rule of our own for the consonant alternation Snowball leaves alone: a stem ending in z or v
/// ends in s or f, as in <c>dakloos</c>/<c>daklozen</c> and <c>brief</c>/<c>brieven</c>.
/// </summary>
public static class DutchStemmer
{
    // Lucene's stemmer keeps state between calls: one per thread. The catalogue's vocabulary is small
    // next to its word count, so each distinct word is stemmed once per process.
    private static readonly ThreadLocal<SnowballDutch> Stemmers = new(() => new SnowballDutch());
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    /// <summary>The stem of <paramref name="word"/>, which must already be lower case (see <see cref="SearchText.Normalise"/>).</summary>
    public static string Stem(string word)
    {
        if (Known.TryGetValue(word, out var stem)) return stem;
        stem = Compute(word);
        // Visitors' queries reach this too: past a generous vocabulary, stop remembering new words.
        if (Known.Count < MaxRemembered) Known.TryAdd(word, stem);
        return stem;
    }

    /// <summary>The stem of <paramref name="word"/> (lower case); a word stemmed before costs no new string.</summary>
    public static string Stem(ReadOnlySpan<char> word) => KnownSpans.TryGetValue(word, out var stem) ? stem : Stem(new string(word));

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownSpans = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxRemembered = 500_000;

    private static string Compute(string word)
    {
        var stemmer = Stemmers.Value!;
        stemmer.SetCurrent(word);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (stem.Length > 2 && stem[^1] is 'z' or 'v') stem = stem[..^1] + (stem[^1] == 'z' ? 's' : 'f');
        return stem;
    }
}

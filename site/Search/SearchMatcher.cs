namespace TransitionLab.Site.Search;

/// <summary>
/// Answers a query from the index; <c>search.js</c> does the same in the browser from the shards, so a
/// visitor without JavaScript gets the same results in the same order. Every query word must be found
/// (several words narrow); a document scores per word by how the word was found and where.
/// </summary>
public static class SearchMatcher
{
    /// <summary>A word in the title counts this many times a word in the text.</summary>
    public const double TitleWeight = 10;

    /// <summary>The word's own stem: the whole word, in any inflection.</summary>
    public const double WholeWord = 3;

    /// <summary>The start of a longer stem: the first part of a compound (<c>schuld</c> in <c>schuldhulp</c>).</summary>
    public const double PartOfWord = 1;

    /// <summary>One letter off: a typo in a longer word.</summary>
    public const double Typo = 0.5;

    /// <summary>Typed words of at least this many letters are also found with one letter wrong, missing, extra or swapped.</summary>
    public const int TypoMinLength = 6;

    /// <summary>Stems of at least this many letters also find the longer stems they start.</summary>
    public const int PartMinLength = 4;

    /// <summary>The documents that match, best first, and the stems that matched (for marking the excerpt).</summary>
    public static SearchResult Find(FullTextIndex index, SearchQuery query)
    {
        var words = SearchText.Words(query.Words).Select(w => w.Normalised).Where(SearchText.Counts).Distinct(StringComparer.Ordinal).ToArray();
        if (words.Length == 0 && query.Filters.Count == 0) return SearchResult.None;

        Dictionary<int, double>? scores = null;
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var found = Score(index, word, matched);
            scores = scores is null ? found : scores.Where(s => found.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value + found[s.Key]);
        }
        IEnumerable<KeyValuePair<int, double>> hits = scores ?? Enumerable.Range(0, index.Documents.Count).Select(id => new KeyValuePair<int, double>(id, 0));
        foreach (var (filter, code) in query.Filters)
        {
            var allowed = index.Filters.TryGetValue(FullTextIndex.FilterKey(filter, code), out var ids) ? new HashSet<int>(ids) : [];
            hits = hits.Where(h => allowed.Contains(h.Key));
        }
        var ranked = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Select(h => h.Key).ToArray();
        return new SearchResult(ranked, matched);
    }

    /// <summary>Per document, the best way one word was found in it.</summary>
    private static Dictionary<int, double> Score(FullTextIndex index, string word, HashSet<string> matched)
    {
        var stem = DutchStemmer.Stem(word);
        var scores = new Dictionary<int, double>();
        if (!index.Shards.TryGetValue(FullTextIndex.ShardKey(stem), out var candidates)) return scores;
        foreach (var term in candidates)
        {
            var weight = Weight(stem, word.Length, term);
            if (weight == 0) continue;
            matched.Add(term);
            var postings = index.Terms[term];
            foreach (var id in postings.InText) Keep(scores, id, weight);
            foreach (var id in postings.InTitle) Keep(scores, id, weight * TitleWeight);
        }
        return scores;
    }

    /// <summary>How well index stem <paramref name="term"/> answers query stem <paramref name="stem"/>; 0 when not at all.</summary>
    public static double Weight(string stem, int typedLength, string term)
    {
        if (term == stem) return WholeWord;
        if (stem.Length >= PartMinLength && term.StartsWith(stem, StringComparison.Ordinal)) return PartOfWord;
        if (typedLength >= TypoMinLength && OneEditApart(stem, term)) return Typo;
        return 0;
    }

    private static void Keep(Dictionary<int, double> scores, int id, double score)
    {
        if (!scores.TryGetValue(id, out var best) || score > best) scores[id] = score;
    }

    /// <summary>Whether two different strings differ by one letter replaced, inserted, deleted, or two neighbours swapped.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}

/// <summary>What a query found.</summary>
/// <param name="Documents">Ids of the matching documents, best first.</param>
/// <param name="Matched">The index stems that matched a query word.</param>
public sealed record SearchResult(IReadOnlyList<int> Documents, IReadOnlySet<string> Matched)
{
    /// <summary>Nothing asked, nothing found.</summary>
    public static SearchResult None { get; } = new([], new HashSet<string>());
}

using System.Runtime.CompilerServices;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Search;

/// <summary>
/// The inverted index of one build: for every stem the documents whose title or text has it, and for every
/// filter value its documents. Document ids are positions in <see cref="Documents"/>, ascending in every list.
/// The site writes it out in shards for the browser (<see cref="SearchIndexFiles"/>); the API answers
/// <c>/zoeken/?q=</c> from the same object (<see cref="SearchMatcher"/>).
/// </summary>
public sealed class FullTextIndex
{
    // One index per build: the files written for the browser and the API's answers read the same one.
    // Lazy, so a visitor's query and the rebuild that asks at the same moment share one build instead of running two.
    private static readonly ConditionalWeakTable<SiteContext, Lazy<FullTextIndex>> Built = new();

    private FullTextIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyDictionary<string, TermPostings> terms,
        IReadOnlyDictionary<string, int[]> filters)
    {
        Documents = documents;
        Terms = terms;
        Filters = filters;
        Shards = terms.Keys.GroupBy(ShardKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Everything searchable, in id order.</summary>
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Per stem, where it occurs.</summary>
    public IReadOnlyDictionary<string, TermPostings> Terms { get; }

    /// <summary>Per <see cref="FilterKey"/>, the documents that have that filter value.</summary>
    public IReadOnlyDictionary<string, int[]> Filters { get; }

    /// <summary>The stems of each shard, by <see cref="ShardKey"/>: what the browser downloads for one query word.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Shards { get; }

    /// <summary>
    /// The shard a stem lives in: its first two letters. A query word needs only its own shard, which also
    /// holds every longer stem it is the start of (Dutch compounds: <c>schuld</c> finds <c>schuldhulp</c>) and
    /// the stems one typo away, as long as the typo is not in the first two letters.
    /// </summary>
    public static string ShardKey(string stem) => stem.Length <= 2 ? stem : stem[..2];

    /// <summary>The key of one filter value, e.g. <c>thema/jeugd</c>.</summary>
    public static string FilterKey(string filter, string code) => $"{filter}/{code}";

    /// <summary>The index of <paramref name="site"/>, built once per site context.</summary>
    public static FullTextIndex For(SiteContext site) => Built.GetValue(site, s => new Lazy<FullTextIndex>(() => Build(SearchDocument.From(s)))).Value;

    /// <summary>Indexes <paramref name="documents"/>.</summary>
    public static FullTextIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        // Stemming is the costly part and each document's words are its own: side by side.
        var analysed = new (HashSet<string> Title, HashSet<string> Text)[documents.Count];
        Parallel.For(0, documents.Count, i => analysed[i] = (
            new HashSet<string>(SearchText.Terms(documents[i].Title), StringComparer.Ordinal),
            new HashSet<string>(SearchText.Terms(documents[i].Text).Concat(SearchText.Terms(documents[i].Keywords)), StringComparer.Ordinal)));

        var title = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var text = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var filters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var stem in analysed[id].Title) Add(title, stem, id);
            foreach (var stem in analysed[id].Text) Add(text, stem, id);
            foreach (var (filter, codes) in documents[id].Filters)
                foreach (var code in codes.Distinct(StringComparer.Ordinal)) Add(filters, FilterKey(filter, code), id);
        }
        var terms = title.Keys.Union(text.Keys, StringComparer.Ordinal).ToDictionary(stem => stem,
            stem => new TermPostings(title.TryGetValue(stem, out var t) ? [.. t] : [], text.TryGetValue(stem, out var x) ? [.. x] : []),
            StringComparer.Ordinal);
        return new FullTextIndex(documents, terms, filters.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, List<int>> lists, string key, int id)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(id);
    }
}

/// <summary>Where one stem occurs.</summary>
/// <param name="InTitle">Documents with the stem in their title, ascending.</param>
/// <param name="InText">Documents with the stem in their text, ascending.</param>
public sealed record TermPostings(int[] InTitle, int[] InText);

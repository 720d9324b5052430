using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Search;

/// <summary>
/// The inverted index of one build: for every stem the documents whose title or text has it, and for every
/// filter value its documents. Document ids are positions in <see cref="Documents"/>, ascending in every list.
/// The site writes it out in shards for the browser (<see cref="SearchIndexFiles"/>); the API answers
/// <c>/zoeken/?q=</c> from the same object (<see cref="SearchMatcher"/>). An index never changes once built:
/// <see cref="Update"/> makes a new one, so a query being answered keeps reading the one it started with.
/// </summary>
public sealed class FullTextIndex
{
    // One index per build: the files written for the browser and the API's answers read the same one.
    // Lazy, so a visitor's query and the rebuild that asks at the same moment share one build instead of running two.
    private static readonly ConditionalWeakTable<SiteContext, Lazy<FullTextIndex>> Built = new();

    // Bumped when the files' format or the analysis changes, so a browser never mixes files of two formats.
    private const string Format = "2";

    private readonly IReadOnlyDictionary<string, int[]> _ofExperiment;

    private FullTextIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyDictionary<string, TermPostings> terms,
        IReadOnlyDictionary<string, int[]> filters, IReadOnlyDictionary<string, IReadOnlyList<string>> shards,
        IReadOnlyDictionary<string, int[]> ofExperiment, string version)
    {
        Documents = documents;
        Terms = terms;
        Filters = filters;
        Shards = shards;
        _ofExperiment = ofExperiment;
        Version = version;
    }

    /// <summary>Everything searchable, in id order. An id whose document went away holds <see cref="SearchDocument.Gone"/>
    /// (no stem or filter lists it) until the next full build.</summary>
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Per stem, where it occurs.</summary>
    public IReadOnlyDictionary<string, TermPostings> Terms { get; }

    /// <summary>Per <see cref="FilterKey"/>, the documents that have that filter value.</summary>
    public IReadOnlyDictionary<string, int[]> Filters { get; }

    /// <summary>The stems of each shard, by <see cref="ShardKey"/>: what the browser downloads for one query word.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Shards { get; }

    /// <summary>Names this index's content; the browser asks for every file with it, so it never reads a cached
    /// file of an older index together with a newer manifest.</summary>
    public string Version { get; }

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
        var analysed = new Analysis[documents.Count];
        Parallel.For(0, documents.Count, BuildParallelism.OnCurrentScheduler, i => analysed[i] = Analysis.Of(documents[i]));

        var title = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var text = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var filters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var ofExperiment = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var stem in analysed[id].Title) Add(title, stem, id);
            foreach (var stem in analysed[id].Text) Add(text, stem, id);
            foreach (var key in analysed[id].Filters) Add(filters, key, id);
            if (documents[id].Experiment is { } slug) Add(ofExperiment, slug, id);
        }
        var terms = title.Keys.Union(text.Keys, StringComparer.Ordinal).ToDictionary(stem => stem,
            stem => new TermPostings(title.TryGetValue(stem, out var t) ? [.. t] : [], text.TryGetValue(stem, out var x) ? [.. x] : []),
            StringComparer.Ordinal);
        var shards = terms.Keys.GroupBy(ShardKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Format));
        foreach (var document in documents) document.AppendTo(hash);
        return new FullTextIndex(documents, terms, filters.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal), shards,
            ofExperiment.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal), Hex(hash));
    }

    /// <summary>
    /// After the records of <paramref name="experimentSlugs"/> changed: a new index in which only their documents (their
    /// pages and lessons, as <paramref name="site"/> now shows them) are indexed again, and what that changed. Every other
    /// document keeps its id and its entries, so a one-reflection change touches a handful of files instead of
    /// re-indexing the catalogue. A document that is new takes a free id of its experiment or a new one at the end.
    /// The index is also remembered as <paramref name="site"/>'s, so the server answers from it at once.
    /// </summary>
    public IndexUpdate Update(SiteContext site, IReadOnlyCollection<string> experimentSlugs)
    {
        var documents = Documents.ToList();
        var ofExperiment = new Dictionary<string, int[]>(_ofExperiment, StringComparer.Ordinal);
        var replaced = new Dictionary<int, (SearchDocument Old, SearchDocument New)>();
        var experiments = site.Catalogue.Experiments.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        foreach (var slug in experimentSlugs.Distinct(StringComparer.Ordinal))
        {
            var now = experiments.TryGetValue(slug, out var experiment) ? SearchDocument.Of(site, experiment) : [];
            var ids = ofExperiment.GetValueOrDefault(slug, []);
            var kept = new int[now.Count];
            for (var i = 0; i < Math.Max(now.Count, ids.Length); i++)
            {
                var id = i < ids.Length ? ids[i] : documents.Count;
                var old = id < documents.Count ? documents[id] : SearchDocument.Gone;
                var next = i < now.Count ? now[i] : SearchDocument.Gone;
                if (id == documents.Count) documents.Add(next);
                else documents[id] = next;
                if (i < now.Count) kept[i] = id;
                if (!old.SameAs(next)) replaced[id] = (old, next);
            }
            if (kept.Length > 0) ofExperiment[slug] = kept;
            else ofExperiment.Remove(slug);
        }
        if (replaced.Count == 0)
        {
            var same = new FullTextIndex(documents, Terms, Filters, Shards, ofExperiment, Version);
            Remember(site, same);
            return new IndexUpdate(same, new HashSet<int>(), new HashSet<string>(), new HashSet<string>());
        }

        // Per stem or filter value, which ids leave its lists and which join them.
        var titleChanges = new Dictionary<string, Change>(StringComparer.Ordinal);
        var textChanges = new Dictionary<string, Change>(StringComparer.Ordinal);
        var filterChanges = new Dictionary<string, Change>(StringComparer.Ordinal);
        foreach (var (id, (old, next)) in replaced)
        {
            Analysis before = Analysis.Of(old), after = Analysis.Of(next);
            Note(titleChanges, before.Title, after.Title, id);
            Note(textChanges, before.Text, after.Text, id);
            Note(filterChanges, before.Filters, after.Filters, id);
        }

        var terms = new Dictionary<string, TermPostings>(Terms, StringComparer.Ordinal);
        var touched = titleChanges.Keys.Union(textChanges.Keys, StringComparer.Ordinal).ToArray();
        foreach (var stem in touched)
        {
            var was = Terms.GetValueOrDefault(stem) ?? new TermPostings([], []);
            var postings = new TermPostings(Apply(was.InTitle, titleChanges.GetValueOrDefault(stem)), Apply(was.InText, textChanges.GetValueOrDefault(stem)));
            if (postings.InTitle.Length == 0 && postings.InText.Length == 0) terms.Remove(stem);
            else terms[stem] = postings;
        }
        var shards = new Dictionary<string, IReadOnlyList<string>>(Shards, StringComparer.Ordinal);
        var touchedShards = touched.Select(ShardKey).ToHashSet(StringComparer.Ordinal);
        foreach (var key in touchedShards)
        {
            var stems = Shards.GetValueOrDefault(key, []).Concat(touched.Where(s => ShardKey(s) == key))
                .Where(terms.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (stems.Length == 0) shards.Remove(key);
            else shards[key] = stems;
        }
        var filters = new Dictionary<string, int[]>(Filters, StringComparer.Ordinal);
        foreach (var (key, change) in filterChanges)
        {
            var ids = Apply(Filters.GetValueOrDefault(key, []), change);
            if (ids.Length == 0) filters.Remove(key);
            else filters[key] = ids;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Version));
        foreach (var id in replaced.Keys.Order())
        {
            hash.AppendData(BitConverter.GetBytes(id));
            documents[id].AppendTo(hash);
        }
        var index = new FullTextIndex(documents, terms, filters, shards, ofExperiment, Hex(hash));
        Remember(site, index);
        return new IndexUpdate(index, replaced.Keys.ToHashSet(), touchedShards, filterChanges.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static void Remember(SiteContext site, FullTextIndex index) => Built.AddOrUpdate(site, new Lazy<FullTextIndex>(index));

    private static void Note(Dictionary<string, Change> changes, IReadOnlySet<string> before, IReadOnlySet<string> after, int id)
    {
        foreach (var key in before.Except(after)) Of(changes, key).Leave.Add(id);
        foreach (var key in after.Except(before)) Of(changes, key).Join.Add(id);
    }

    private static Change Of(Dictionary<string, Change> changes, string key)
    {
        if (!changes.TryGetValue(key, out var change)) changes[key] = change = new Change([], []);
        return change;
    }

    private static int[] Apply(int[] ids, Change? change) =>
        change is null ? ids : [.. ids.Where(id => !change.Leave.Contains(id)).Concat(change.Join).Distinct().Order()];

    private static void Add(Dictionary<string, List<int>> lists, string key, int id)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(id);
    }

    private static string Hex(IncrementalHash hash) => Convert.ToHexStringLower(hash.GetHashAndReset())[..12];

    private sealed record Change(HashSet<int> Leave, HashSet<int> Join);

    /// <summary>What one document is found by.</summary>
    private sealed record Analysis(IReadOnlySet<string> Title, IReadOnlySet<string> Text, IReadOnlySet<string> Filters)
    {
        public static Analysis Of(SearchDocument d) => new(
            new HashSet<string>(SearchText.Terms(d.Title), StringComparer.Ordinal),
            new HashSet<string>(SearchText.Terms(d.Text).Concat(SearchText.Terms(d.Keywords)), StringComparer.Ordinal),
            d.Filters.SelectMany(f => f.Value.Select(code => FilterKey(f.Key, code))).ToHashSet(StringComparer.Ordinal));
    }
}

/// <summary>Where one stem occurs.</summary>
/// <param name="InTitle">Documents with the stem in their title, ascending.</param>
/// <param name="InText">Documents with the stem in their text, ascending.</param>
public sealed record TermPostings(int[] InTitle, int[] InText);

/// <summary>A new index and what differs from the one it was made from: the files of exactly these need writing.</summary>
/// <param name="Index">The new index.</param>
/// <param name="Documents">Ids whose document changed, came or went.</param>
/// <param name="Shards">Shard keys with a stem whose lists changed, came or went.</param>
/// <param name="Filters">Filter keys whose lists changed, came or went.</param>
public sealed record IndexUpdate(FullTextIndex Index, IReadOnlySet<int> Documents, IReadOnlySet<string> Shards, IReadOnlySet<string> Filters);

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Search;

/// <summary>
/// The index as static files under <c>/zoeken/index/</c>, so the browser downloads only what one query needs:
/// <list type="bullet">
/// <item><c>manifest.json</c>: the shard keys, the stop words, the number of documents and a version;</item>
/// <item><c>t/&lt;key&gt;.json</c>: one shard, the stems starting with those two letters and their documents;</item>
/// <item><c>d/&lt;id&gt;.json</c>: one document as a result shows it (title, link, kind, verdict, text for the excerpt);</item>
/// <item><c>f/&lt;filter&gt;/&lt;code&gt;.json</c>: the documents with one filter value.</item>
/// </list>
/// Document lists are ascending ids written as base-36 gaps joined by dots (<c>"3.1.a"</c> is 3, 4, 14):
/// a list of every experiment of a 10,000-experiment catalogue stays near 20 KB.
/// </summary>
public static class SearchIndexFiles
{
    /// <summary>The folder, as a site path.</summary>
    public const string Folder = "zoeken/index/";

    /// <summary>Longest text kept per document for its excerpt; the hits of a longer text beyond it are shown without context.</summary>
    public const int ExcerptSource = 6000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// Every file of the index, with its path under the site's root, each made as it is enumerated: the files of a
    /// national catalogue's index come to some 85 MB, and a build that writes one before making the next never
    /// holds them all.
    /// </summary>
    public static IEnumerable<(string Path, byte[] Content)> Write(FullTextIndex index)
    {
        foreach (var key in index.Shards.Keys) yield return (ShardPath(key), Shard(index, key));
        for (var id = 0; id < index.Documents.Count; id++)
            if (!ReferenceEquals(index.Documents[id], SearchDocument.Gone)) yield return (DocumentPath(id), Document(index, id));
        foreach (var key in index.Filters.Keys) yield return (FilterPath(key), Serialise(Ids(index.Filters[key])));
        yield return ($"{Folder}manifest.json", Manifest(index));
    }

    /// <summary>
    /// Only the files <paramref name="update"/> changed, the manifest last: a file whose document, shard or filter
    /// value went away comes with no content, to be deleted.
    /// </summary>
    public static IReadOnlyList<(string Path, byte[]? Content)> Write(IndexUpdate update)
    {
        var index = update.Index;
        var files = new List<(string Path, byte[]? Content)>(update.Documents.Count + update.Shards.Count + update.Filters.Count + 1);
        foreach (var key in update.Shards) files.Add((ShardPath(key), index.Shards.ContainsKey(key) ? Shard(index, key) : null));
        foreach (var id in update.Documents)
            files.Add((DocumentPath(id), ReferenceEquals(index.Documents[id], SearchDocument.Gone) ? null : Document(index, id)));
        foreach (var key in update.Filters) files.Add((FilterPath(key), index.Filters.TryGetValue(key, out var ids) ? Serialise(Ids(ids)) : null));
        // Last, so a browser that reads the new manifest finds every file it names.
        files.Add(($"{Folder}manifest.json", Manifest(index)));
        return files;
    }

    private static string ShardPath(string key) => $"{Folder}t/{FileName(key)}.json";

    private static string DocumentPath(int id) => $"{Folder}d/{id}.json";

    private static string FilterPath(string key) => $"{Folder}f/{key}.json";

    private static byte[] Shard(FullTextIndex index, string key) =>
        Serialise(index.Shards[key].ToDictionary(s => s, s => new[] { Ids(index.Terms[s].InTitle), Ids(index.Terms[s].InText) }));

    private static byte[] Document(FullTextIndex index, int id) => Serialise(Fragment(index.Documents[id]));

    private static byte[] Manifest(FullTextIndex index) => Serialise(new Dictionary<string, object>
    {
        ["version"] = index.Version,
        ["documents"] = index.Documents.Count,
        ["shards"] = index.Shards.Keys.Order(StringComparer.Ordinal).ToArray(),
        ["stop"] = SearchText.StopWords.Order(StringComparer.Ordinal).ToArray(),
    });

    /// <summary>
    /// A shard's file name: the key itself when it is plain letters and digits, else <c>_</c> and the hex of each
    /// character, so any alphabet makes a safe name. search.js names files the same way.
    /// </summary>
    public static string FileName(string key) =>
        key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) ? key : "_" + string.Concat(key.Select(c => ((int)c).ToString("x4", CultureInfo.InvariantCulture)));

    private static Dictionary<string, string> Fragment(SearchDocument d)
    {
        // Decoded from UTF-8 on each read, so read once.
        var text = d.Text;
        return new()
        {
            ["url"] = d.Url,
            ["title"] = d.Title,
            ["kind"] = Dutch.SearchKindLabel(d.Kind),
            ["verdict"] = d.Verdict,
            ["text"] = text.Length <= ExcerptSource ? text : text[..ExcerptSource],
        };
    }

    /// <summary>Ascending ids as base-36 gaps.</summary>
    public static string Ids(IReadOnlyList<int> ids)
    {
        var text = new StringBuilder(ids.Count * 2);
        var previous = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0) text.Append('.');
            text.Append(Base36(ids[i] - previous));
            previous = ids[i];
        }
        return text.ToString();
    }

    private static string Base36(int value)
    {
        if (value == 0) return "0";
        Span<char> digits = stackalloc char[8];
        var at = digits.Length;
        while (value > 0)
        {
            digits[--at] = "0123456789abcdefghijklmnopqrstuvwxyz"[value % 36];
            value /= 36;
        }
        return new string(digits[at..]);
    }

    private static byte[] Serialise<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);
}

namespace TransitionLab.Site.Search;

/// <summary>
/// The few sentences of a result's text around its first hit, with every hit marked. Text only: the page
/// puts each piece in a text node or a <c>mark</c>, so nothing from a document or a query becomes markup.
/// <c>search.js</c> cuts its excerpts the same way.
/// </summary>
public static class Excerpt
{
    /// <summary>Words shown.</summary>
    public const int Length = 30;

    /// <summary>Words shown before the first hit, so it is read in context.</summary>
    public const int Before = 8;

    /// <summary>One piece of an excerpt.</summary>
    /// <param name="Text">Its text.</param>
    /// <param name="Marked">Whether it is a hit.</param>
    public readonly record struct Piece(string Text, bool Marked);

    /// <summary>The excerpt of <paramref name="text"/> for a query whose words matched the stems <paramref name="matched"/>.</summary>
    public static IReadOnlyList<Piece> Of(string text, IReadOnlySet<string> matched)
    {
        var words = SearchText.Words(text).ToArray();
        if (words.Length == 0) return [];
        bool IsHit(SearchText.Word w) => SearchText.Counts(w.Normalised) && matched.Contains(DutchStemmer.Stem(w.Normalised));
        var first = Array.FindIndex(words, IsHit);
        var from = Math.Max(0, first - Before);
        var to = Math.Min(words.Length, from + Length);
        var pieces = new List<Piece>();
        var at = from == 0 ? 0 : words[from].Start;
        if (from > 0) pieces.Add(new Piece("… ", false));
        for (var i = from; i < to; i++)
        {
            if (!IsHit(words[i])) continue;
            if (words[i].Start > at) pieces.Add(new Piece(text[at..words[i].Start], false));
            pieces.Add(new Piece(text.Substring(words[i].Start, words[i].Length), true));
            at = words[i].Start + words[i].Length;
        }
        var end = to == words.Length ? text.Length : words[to - 1].Start + words[to - 1].Length;
        if (end > at) pieces.Add(new Piece(text[at..end], false));
        if (to < words.Length) pieces.Add(new Piece(" …", false));
        return pieces;
    }
}

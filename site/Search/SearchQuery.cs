namespace TransitionLab.Site.Search;

/// <summary>
/// What a visitor asked for, from the URL: the words (<c>q</c>) and at most one value per filter. Whatever
/// arrives is cut to size and cleaned here, so nothing after this sees control characters or an endless string;
/// a filter value that is not a plain code is dropped rather than answered with an error.
/// </summary>
/// <param name="Words">The typed words, at most <see cref="MaxLength"/> characters, without control characters.</param>
/// <param name="Filters">Per filter name (<see cref="SearchFilters"/>) its chosen code.</param>
public sealed record SearchQuery(string Words, IReadOnlyDictionary<string, string> Filters)
{
    /// <summary>Longest query kept; a policy officer's search is a few words.</summary>
    public const int MaxLength = 200;

    /// <summary>Longest filter code kept (slugs of municipality names are far shorter).</summary>
    private const int MaxCodeLength = 80;

    /// <summary>No words, no filters.</summary>
    public static SearchQuery Empty { get; } = new("", new Dictionary<string, string>());

    /// <summary>Reads a query from URL parameters, given a way to look one up.</summary>
    public static SearchQuery From(Func<string, string?> parameter)
    {
        var words = new string((parameter("q") ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (words.Length > MaxLength) words = words[..MaxLength];
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in SearchFilters.All)
            if (parameter(name)?.Trim() is { Length: > 0 and <= MaxCodeLength } code && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                filters[name] = code;
        return new SearchQuery(words, filters);
    }

    /// <summary>Whether there is anything to search for.</summary>
    public bool IsEmpty => SearchText.Words(Words).All(w => !SearchText.Counts(w.Normalised)) && Filters.Count == 0;
}

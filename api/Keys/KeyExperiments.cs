using System.Runtime.CompilerServices;

namespace TransitionLab.Api.Keys;

/// <summary>
/// The experiments a frontrunner key may write for, as they travel in one claim: the slugs separated by spaces
/// (a slug has none).
/// </summary>
/// <remarks>
/// A claim per experiment made a key of 500 experiments build 500 claims on every request, and ASP.NET copies each
/// into the identity: a quarter of everything a stored reflection allocated under load (bench/RESULTS.md).
/// </remarks>
/// <param name="Slugs">The slugs, separated by single spaces.</param>
public readonly record struct KeyExperiments(string Slugs)
{
    // One joined text per stored key: the key lookup hands out the same object until the keys change.
    private static readonly ConditionalWeakTable<StoredKey, string> Joined = new();

    /// <summary>The experiments of <paramref name="key"/>.</summary>
    public static KeyExperiments Of(StoredKey key) =>
        // A text with a space is no slug, and joined in it would read as two.
        new(Joined.GetValue(key, k => string.Join(' ', k.Experiments.Where(slug => slug.Length > 0 && !slug.Contains(' ')))));

    /// <summary>Whether <paramref name="slug"/> is one of them (ordinal).</summary>
    public bool Contains(string slug)
    {
        if (slug.Length == 0 || slug.Contains(' ')) return false;
        var rest = (Slugs ?? "").AsSpan();
        while (rest.IndexOf(slug.AsSpan(), StringComparison.Ordinal) is var at and >= 0)
        {
            var end = at + slug.Length;
            if ((at == 0 || rest[at - 1] == ' ') && (end == rest.Length || rest[end] == ' ')) return true;
            rest = rest[end..];
        }
        return false;
    }
}

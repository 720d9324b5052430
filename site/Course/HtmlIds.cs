using System.Text.RegularExpressions;

namespace TransitionLab.Site.Course;

/// <summary>
/// Keeps ids unique when several rendered Markdown bodies share one page (the course reader): every module
/// has a "Reflectieopdracht" heading, and two equal ids make the page invalid and its in-page links ambiguous.
/// </summary>
public static partial class HtmlIds
{
    /// <summary>Prefixes every <c>id</c> in <paramref name="html"/> and every in-page link to one with <paramref name="prefix"/>.</summary>
    public static string Prefix(string html, string prefix)
    {
        html = IdAttribute().Replace(html, m => $" {m.Groups[1].Value}=\"{prefix}-{m.Groups[2].Value}\"");
        return InPageLink().Replace(html, m => $"href=\"#{prefix}-{m.Groups[1].Value}\"");
    }

    // Markdig writes attributes with double quotes, and the Markdown bodies are trusted content files.
    [GeneratedRegex("\\s(id)=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex InPageLink();
}

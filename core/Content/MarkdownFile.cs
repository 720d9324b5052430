namespace TransitionLab.Core.Content;

/// <summary>A content file split into its YAML front matter and its Markdown body.</summary>
/// <param name="FrontMatter">YAML text between the two <c>---</c> lines.</param>
/// <param name="Body">Markdown after the closing <c>---</c>.</param>
/// <param name="BodyFirstLine">1-based file line where the body starts.</param>
public sealed record MarkdownFile(string FrontMatter, string Body, int BodyFirstLine)
{
    /// <summary>The file line of the first front matter line: right after the opening <c>---</c>.</summary>
    public const int FrontMatterFirstLine = 2;

    /// <summary>Splits a file; <c>null</c> when it does not start with a front matter block.</summary>
    public static MarkdownFile? Split(string text)
    {
        var normalized = text.Replace("\r\n", "\n");
        if (normalized.StartsWith('\uFEFF')) normalized = normalized[1..];
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal)) return null;

        var end = normalized.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0)
        {
            var after = end + 4;
            if (after == normalized.Length || normalized[after] == '\n') break;
            end = normalized.IndexOf("\n---", after, StringComparison.Ordinal);
        }
        if (end < 0) return null;

        var frontMatter = normalized[4..(end + 1)];
        var bodyStart = Math.Min(normalized.Length, end + 5);
        var linesBeforeBody = 1 + normalized.AsSpan(0, bodyStart).Count('\n');
        return new MarkdownFile(frontMatter, normalized[bodyStart..], linesBeforeBody);
    }
}

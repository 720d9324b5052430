using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TransitionLab.Core.Content;

/// <summary>Rendered Markdown: HTML for pages, plain text for search and feeds, and the site links it holds.</summary>
/// <param name="Html">HTML of the body.</param>
/// <param name="PlainText">Text without markup.</param>
/// <param name="Links">Every link target with its 0-based line inside the body.</param>
public sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<(string Url, int Line)> Links);

/// <summary>
/// The one Markdig pipeline for trusted content files. It is built once: a built pipeline is
/// thread-safe, and building one per document would dominate a parallel build.
/// </summary>
public static class ContentMarkdown
{
    /// <summary>Pipeline for content files (tables, heading ids, emphasis extras, autolinks).</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    /// <summary>
    /// Ids the page layout gives its own elements (the skip link's target <c>inhoud</c>): a heading "Inhoud" in a
    /// body would otherwise repeat it, which makes the page invalid and the skip link jump to the heading.
    /// </summary>
    public static IReadOnlySet<string> LayoutIds { get; } = new HashSet<string>(StringComparer.Ordinal) { "inhoud" };

    /// <summary>Parses once and renders HTML and plain text from the same syntax tree.</summary>
    public static RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        KeepClearOfLayoutIds(document);
        var links = document.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => (l.Url!, l.Line))
            .ToArray();
        return new RenderedMarkdown(RenderWith(document, plain: false), RenderWith(document, plain: true).Trim(), links);
    }

    private static void KeepClearOfLayoutIds(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes()).ToArray();
        var taken = headings.Select(a => a.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var attributes in headings)
        {
            if (attributes.Id is not { } id || !LayoutIds.Contains(id)) continue;
            var n = 1;
            while (taken.Contains($"{id}-{n}") || LayoutIds.Contains($"{id}-{n}")) n++;
            attributes.Id = $"{id}-{n}";
            taken.Add(attributes.Id);
        }
    }

    private static string RenderWith(MarkdownDocument document, bool plain)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        if (plain)
        {
            renderer.EnableHtmlForBlock = false;
            renderer.EnableHtmlForInline = false;
            renderer.EnableHtmlEscape = false;
        }
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}

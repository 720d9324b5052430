using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Content;

/// <summary>Checks site-internal links in content against the pages the generator will write.</summary>
public static class InternalLinks
{
    /// <summary>Files the generator writes besides pages; content may link to them.</summary>
    public static IReadOnlyList<string> GeneratedFiles { get; } =
        ["/feed.xml", "/sitemap.xml", "/robots.txt", "/style.css", "/zoekindex.json", "/site.js", SiteUrls.NotFound,
         SiteUrls.ExportCsv, SiteUrls.ExportJson, SiteUrls.AgendaCsv, SiteUrls.AgendaJson];

    /// <summary>Every path the site will serve for <paramref name="catalogue"/>.</summary>
    public static HashSet<string> KnownPaths(ContentCatalogue catalogue)
    {
        var paths = new HashSet<string>(SiteUrls.FixedPages, StringComparer.Ordinal);
        paths.UnionWith(GeneratedFiles);
        paths.UnionWith(catalogue.Experiments.Select(e => SiteUrls.Experiment(e.Slug)));
        paths.UnionWith(catalogue.Experiments.Select(e => SiteUrls.Municipality(e.Municipality)));
        paths.UnionWith(catalogue.Themes.Select(t => SiteUrls.Theme(t.Slug)));
        paths.UnionWith(catalogue.Concepts.Select(c => SiteUrls.Concept(c.Slug)));
        paths.UnionWith(catalogue.Modules.Select(m => SiteUrls.Module(m.Slug)));
        paths.UnionWith(catalogue.Pages.Select(p => SiteUrls.Page(p.Slug)));
        paths.UnionWith(catalogue.Areas.Select(a => SiteUrls.Area(a.Slug)));
        paths.UnionWith(catalogue.Themes.Select(t => SiteUrls.ExperimentsByTheme(t.Slug)));
        paths.UnionWith(catalogue.Experiments.Select(e => SiteUrls.ExperimentsByMunicipality(e.Municipality)));
        paths.UnionWith(EnumCode.All<ExperimentStatus>().Select(SiteUrls.ExperimentsByStatus));
        paths.UnionWith(EnumCode.All<XCurvePosition>().Select(SiteUrls.ExperimentsByXCurve));
        paths.UnionWith(EnumCode.All<VerdictKind>().Select(SiteUrls.ExperimentsByVerdict));
        return paths;
    }

    /// <summary>A problem message when <paramref name="url"/> is internal and resolves to nothing; otherwise <c>null</c>.</summary>
    public static string? Check(string url, IReadOnlySet<string> known)
    {
        if (url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal)) return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return null;
        if (!url.StartsWith('/'))
            return $"link '{url}' moet een pad op deze site zijn dat met '/' begint (zoals /experimenten/<slug>/), of een volledig http(s)-adres";

        var path = url.Split('#', '?')[0];
        if (!Path.HasExtension(path) && !path.EndsWith('/')) path += "/";
        return known.Contains(path) ? null : $"link '{url}' werkt niet: op {path} staat geen pagina";
    }
}

using System.Globalization;
using System.Xml.Linq;
using TransitionLab.Site.Experiments;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Feeds;

/// <summary>The sitemap and the robots file that points to it.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Every page search engines should list (not the 404 page, not the personal stand-ins), with the experiment's last change where known.</summary>
    public static string Write(SiteContext site, IEnumerable<SitePage> pages)
    {
        var urlset = new XElement(Ns + "urlset",
            pages.Where(p => p.Indexed && p.Path.EndsWith('/'))
                .OrderBy(p => p.Path, StringComparer.Ordinal)
                .Select(p => new XElement(Ns + "url",
                    new XElement(Ns + "loc", site.Options.Absolute(p.Path)),
                    p is ExperimentPage e ? new XElement(Ns + "lastmod", e.Experiment.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + urlset;
    }

    /// <summary>robots.txt: everything may be crawled; the sitemap says what exists.</summary>
    public static string Robots(SiteContext site) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {site.Options.Absolute("/sitemap.xml")}\n";
}

using System.Globalization;
using System.Xml.Linq;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Feeds;

/// <summary>
/// Atom 1.0 feeds, newest first, with absolute addresses: the site's feed of every experiment, and one per
/// theme and per municipality. Each holds new and changed experiments, new reflections with what was
/// learned, and verdict changes.
/// </summary>
// Not System.ServiceModel.Syndication: System.Xml.Linq already escapes and namespaces every element, and the three feeds share one fixed shape.
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// Entries per feed: the newest ones. A reader polls for what is new, and with every entry of a national catalogue
    /// the site feed would be over a hundred megabytes.
    /// </summary>
    public const int Newest = 50;

    /// <summary>A feed of the <see cref="Newest"/> of <paramref name="candidates"/> at <paramref name="feedPath"/>, the alternate of the page at <paramref name="pagePath"/>.</summary>
    public static string Write(SiteContext site, IEnumerable<FeedEntry> candidates, string feedPath, string title, string pagePath)
    {
        var entries = candidates.OrderByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal).Take(Newest).ToArray();
        var updated = entries.Length > 0 ? entries[0].Updated : site.Options.BuildTime;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "nl"),
            new XElement(Atom + "title", title),
            new XElement(Atom + "id", site.Options.Absolute(feedPath)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", site.Options.Absolute(feedPath))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", site.Options.Absolute(pagePath))),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", Dutch.SiteName)),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "id", e.Id),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", site.Options.Absolute(e.Link))),
                new XElement(Atom + "updated", Timestamp(e.Updated)),
                new XElement(Atom + "summary", e.Summary),
                e.Experiment.Themes.Select(t => new XElement(Atom + "category", new XAttribute("term", t), new XAttribute("label", site.Theme(t).Title))))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static string Timestamp(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

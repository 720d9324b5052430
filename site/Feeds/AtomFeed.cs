using System.Xml.Linq;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Feeds;

/// <summary>Atom feed of new and changed experiments, newest first, with absolute addresses.</summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed document as text.</summary>
    public static string Write(SiteContext site)
    {
        var experiments = site.ExperimentsByUpdate().ToArray();
        var updated = experiments.Length > 0 ? experiments.Max(e => e.Updated) : site.Options.BuildTime;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "nl"),
            new XElement(Atom + "title", Dutch.FeedTitle),
            new XElement(Atom + "id", site.Options.Absolute("/feed.xml")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", site.Options.Absolute("/feed.xml"))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", site.Options.Absolute(SiteUrls.Experiments))),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", Dutch.SiteName)),
            experiments.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "id", site.Options.Absolute(SiteUrls.Experiment(e.Slug))),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", site.Options.Absolute(SiteUrls.Experiment(e.Slug)))),
                new XElement(Atom + "updated", Timestamp(e.Updated)),
                new XElement(Atom + "published", Timestamp(new DateTimeOffset(e.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))),
                new XElement(Atom + "summary", e.Summary),
                e.Themes.Select(t => new XElement(Atom + "category", new XAttribute("term", t), new XAttribute("label", site.Theme(t).Title))))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static string Timestamp(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
}

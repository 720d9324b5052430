using TransitionLab.Core.Experiments;

namespace TransitionLab.Site.Feeds;

/// <summary>One Atom entry as a feed shows it: a new or changed experiment, a new reflection, or a change of verdict (see <see cref="FeedItem"/>).</summary>
/// <param name="Id">Permanent, unique IRI.</param>
/// <param name="Title">Entry title.</param>
/// <param name="Link">Site path the entry points to.</param>
/// <param name="Updated">When it happened.</param>
/// <param name="Summary">Plain text summary.</param>
/// <param name="Experiment">The experiment it is about.</param>
public sealed record FeedEntry(string Id, string Title, string Link, DateTimeOffset Updated, string Summary, Experiment Experiment);

using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Concepts;

/// <summary>The glossary.</summary>
/// <param name="Concepts">Concepts in alphabetical order.</param>
public sealed record ConceptIndexPage(IReadOnlyList<Concept> Concepts) : SitePage(SiteUrls.Concepts, Dutch.ConceptsTitle, Dutch.ConceptsDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(ConceptIndexView);
}

/// <summary>One concept with what links to it.</summary>
/// <param name="Concept">The concept.</param>
/// <param name="Related">Related concepts, in either direction.</param>
/// <param name="Experiments">Experiments that name the concept or whose latest reflection takes it as scaling route.</param>
/// <param name="Modules">Course modules that use it.</param>
public sealed record ConceptPage(Concept Concept, IReadOnlyList<Concept> Related, IReadOnlyList<Experiment> Experiments,
    IReadOnlyList<CourseModule> Modules) : SitePage(SiteUrls.Concept(Concept.Slug), Concept.Title, Concept.Summary)
{
    /// <summary>Collects what refers to <paramref name="concept"/>.</summary>
    public static ConceptPage For(Concept concept, SiteContext site) => new(
        concept,
        site.Catalogue.Concepts.Where(c => c.Slug != concept.Slug && (concept.Related.Contains(c.Slug) || c.Related.Contains(concept.Slug))).ToArray(),
        site.ExperimentsUsingConcept(concept.Slug),
        site.Catalogue.Modules.Where(m => m.Concepts.Contains(concept.Slug)).ToArray());

    /// <inheritdoc />
    public override string OgType => "article";
    /// <inheritdoc />
    public override Type Component => typeof(ConceptView);
}

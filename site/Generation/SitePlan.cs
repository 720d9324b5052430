using TransitionLab.Site.Agenda;
using TransitionLab.Site.Areas;
using TransitionLab.Site.Concepts;
using TransitionLab.Site.ContentPages;
using TransitionLab.Site.Course;
using TransitionLab.Site.Experiments;
using TransitionLab.Site.Home;
using TransitionLab.Site.Learning;
using TransitionLab.Site.Municipalities;
using TransitionLab.Site.Search;
using TransitionLab.Site.Themes;
using TransitionLab.Site.Verdicts;
using TransitionLab.Site.Text;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;

namespace TransitionLab.Site.Generation;

/// <summary>Which pages a site has: one model per page, decided before anything is rendered.</summary>
public static class SitePlan
{
    private const int LatestOnHome = 6;

    /// <summary>Every HTML page of the site.</summary>
    public static IEnumerable<SitePage> Pages(SiteContext site)
    {
        var catalogue = site.Catalogue;
        var sidebar = new FacetSidebar(Facet.For(site));

        yield return new HomePage(site.ExperimentsByUpdate().Take(LatestOnHome).ToArray(), catalogue.Themes);
        foreach (var page in ExperimentIndexPage.Paginate(SiteUrls.Experiments, Dutch.ExperimentsTitle, Dutch.ExperimentsDescription, catalogue.Experiments, sidebar))
            yield return page;
        foreach (var facet in sidebar.Facets)
            foreach (var value in facet.Values)
                foreach (var page in facet.PagesFor(value, sidebar))
                    yield return page;
        foreach (var experiment in catalogue.Experiments)
        {
            foreach (var page in OwnPages(site, experiment)) yield return page;
            yield return Forms.PersonalPlaceholderPage.ForReflectionForm(experiment);
        }
        foreach (var page in LessonsPage.All(site)) yield return page;

        yield return new ThemeIndexPage(catalogue.Themes.Select(t => (t, site.ExperimentsInTheme(t.Slug).Count)).ToArray());
        foreach (var theme in catalogue.Themes)
            yield return new ThemePage(theme, site.ExperimentsInTheme(theme.Slug));

        var municipalities = Municipality.From(catalogue);
        yield return new MunicipalityIndexPage(municipalities);
        foreach (var municipality in municipalities) yield return new MunicipalityPage(municipality);

        var areas = AreaOverview.From(site);
        yield return new AreaIndexPage(areas);
        foreach (var area in areas) yield return new AreaPage(area);
        yield return AgendaPage.For(site);
        yield return LearningAgendaPage.For(site);

        yield return new ConceptIndexPage(catalogue.Concepts);
        foreach (var concept in catalogue.Concepts) yield return ConceptPage.For(concept, site);

        yield return new CourseIndexPage(catalogue.Modules);
        foreach (var module in catalogue.Modules)
        {
            yield return new ModulePage(module);
            foreach (var personal in Forms.PersonalPlaceholderPage.For(module)) yield return personal;
        }
        yield return Forms.PersonalPlaceholderPage.ForOwnCases();
        yield return Forms.PersonalPlaceholderPage.ForProgress();
        yield return new CourseReaderPage(catalogue.Modules);

        yield return WhatWorksPage.For(site);
        yield return PilotsAtRiskPage.For(site);
        yield return BarriersPage.For(site);
        yield return new HowWeJudgePage();
        yield return XCurvePage.For(site);
        yield return new SearchPage();
        yield return new Compare.ComparePage();
        yield return new Forms.SignInPage();
        yield return Forms.PersonalPlaceholderPage.ForRegistration();
        yield return Forms.PersonalPlaceholderPage.ForReview();

        foreach (var page in catalogue.Pages) yield return new ContentPage(page, catalogue.Folder.Length == 0 ? null : AccessibilityAudit.Beside(Path.Combine(catalogue.Folder, page.Source)));
        yield return new NotFoundPage();
    }

    /// <summary>
    /// The pages that show <paramref name="experimentSlug"/>: its own page and every list it appears
    /// on. Re-rendering these is enough after one experiment or its reflections change.
    /// </summary>
    public static IEnumerable<SitePage> PagesShowing(SiteContext site, string experimentSlug) =>
        Pages(site).Where(page => Shows(page, experimentSlug));

    /// <summary>
    /// The pages that belong to one experiment and show its records: the experiment page and the sheet. Nothing else
    /// is on them, so they can be re-rendered apart from the lists.
    /// </summary>
    public static IEnumerable<SitePage> OwnPages(SiteContext site, Experiment experiment)
    {
        yield return new ExperimentPage(experiment, site.ReflectionsOf(experiment.Slug), site.VerdictOf(experiment.Slug));
        yield return SheetPage.For(site, experiment);
    }

    /// <summary>Whether <paramref name="page"/> is one of the pages <see cref="OwnPages"/> gives.</summary>
    public static bool IsOwnPage(SitePage page) => page is ExperimentPage or SheetPage;

    /// <summary>Whether <paramref name="page"/> shows <paramref name="experimentSlug"/> or something it changes.</summary>
    public static bool Shows(SitePage page, string experimentSlug) => page switch
    {
        ExperimentPage p => p.Experiment.Slug == experimentSlug,
        SheetPage p => p.Experiment.Slug == experimentSlug,
        // The lesson counts per theme and verdict are on every lessons page.
        LessonsPage => true,
        // Every index page shows the facet counts, which the experiment may change.
        ExperimentIndexPage or HomePage => true,
        ThemePage p => p.Experiments.Any(e => e.Slug == experimentSlug),
        MunicipalityPage p => p.Municipality.Experiments.Any(e => e.Slug == experimentSlug),
        MunicipalityIndexPage or ThemeIndexPage or WhatWorksPage or PilotsAtRiskPage or BarriersPage or XCurvePage => true,
        // A reflection can propose an agenda item, and an item lists experiments of several areas: few pages, all of them.
        AgendaPage or AreaIndexPage or LearningAgendaPage => true,
        AreaPage => true,
        ConceptPage => true,
        ModulePage p => p.Module.Cases.Contains(experimentSlug),
        CourseReaderPage p => p.Modules.Any(m => m.Cases.Contains(experimentSlug)),
        _ => false,
    };
}

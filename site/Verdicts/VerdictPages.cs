using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Verdicts;

// These pages will show the computed scaling verdict. Until the verdict engine exists they show only
// what the catalogue and the reflections already say, and say so: a guessed verdict would mislead.

/// <summary>Experiments that work: for now, those the catalogue reports as mainstreamed.</summary>
/// <param name="Mainstreamed">Experiments with status mainstreamed.</param>
public sealed record WhatWorksPage(IReadOnlyList<Experiment> Mainstreamed) : SitePage(SiteUrls.WhatWorks, Dutch.WhatWorksTitle, Dutch.WhatWorksDescription)
{
    /// <summary>Reads the catalogue.</summary>
    public static WhatWorksPage For(SiteContext site) =>
        new(site.Catalogue.Experiments.Where(e => e.Status == ExperimentStatus.Mainstreamed).ToArray());

    /// <inheritdoc />
    public override Type Component => typeof(WhatWorksView);
}

/// <summary>Running or planned experiments whose funding ends within six months of the build.</summary>
/// <param name="Experiments">Those experiments, soonest end first.</param>
public sealed record PilotsAtRiskPage(IReadOnlyList<Experiment> Experiments) : SitePage(SiteUrls.PilotsAtRisk, Dutch.PilotsAtRiskTitle, Dutch.PilotsAtRiskDescription)
{
    /// <summary>Reads funding end dates from the catalogue, relative to the build time.</summary>
    public static PilotsAtRiskPage For(SiteContext site)
    {
        var today = DateOnly.FromDateTime(site.Options.BuildTime.UtcDateTime);
        var horizon = today.AddMonths(6);
        return new(site.Catalogue.Experiments
            .Where(e => e.Status is ExperimentStatus.Running or ExperimentStatus.Planned)
            .Where(e => e.Funding.EndDate is { } end && end >= today && end <= horizon)
            .OrderBy(e => e.Funding.EndDate).ToArray());
    }

    /// <inheritdoc />
    public override Type Component => typeof(PilotsAtRiskView);
}

/// <summary>Barrier kinds with the number of experiments whose reflections name them.</summary>
/// <param name="Counts">Every kind of the taxonomy with its count, most named first.</param>
/// <param name="HasReflections">Whether any reflection was passed in.</param>
public sealed record BarriersPage(IReadOnlyList<(BarrierKind Kind, int Experiments)> Counts, bool HasReflections) : SitePage(SiteUrls.Barriers, Dutch.BarriersTitle, Dutch.BarriersDescription)
{
    /// <summary>Counts barriers over the reflections of the build.</summary>
    public static BarriersPage For(SiteContext site)
    {
        var reflections = site.Input.Reflections;
        var counts = Enum.GetValues<BarrierKind>()
            .Select(kind => (kind, reflections.Where(r => r.Barriers.Any(b => b.Kind == kind)).Select(r => r.ExperimentSlug).Distinct().Count()))
            .OrderByDescending(c => c.Item2).ThenBy(c => c.kind)
            .ToArray();
        return new(counts, reflections.Count > 0);
    }

    /// <inheritdoc />
    public override Type Component => typeof(BarriersView);
}

/// <summary>How the verdict is computed; for now the evidence ladder it will use.</summary>
public sealed record HowWeJudgePage() : SitePage(SiteUrls.HowWeJudge, Dutch.HowWeJudgeTitle, Dutch.HowWeJudgeDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(HowWeJudgeView);
}

/// <summary>Experiments placed on the build-up side of the X-curve by their catalogue position.</summary>
/// <param name="ByPosition">Every position with its experiments.</param>
public sealed record XCurvePage(IReadOnlyList<(XCurvePosition Position, IReadOnlyList<Experiment> Experiments)> ByPosition) : SitePage(SiteUrls.XCurve, Dutch.XCurveTitle, Dutch.XCurveDescription)
{
    /// <summary>Groups the catalogue by X-curve position.</summary>
    public static XCurvePage For(SiteContext site) => new(Enum.GetValues<XCurvePosition>()
        .Select(p => (p, (IReadOnlyList<Experiment>)site.Catalogue.Experiments.Where(e => e.XCurve == p).ToArray()))
        .ToArray());

    /// <inheritdoc />
    public override Type Component => typeof(XCurveView);
}

using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course.Cases;

/// <summary>An own case as its cohort reads it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Subject">The case in the catalogue's shape (status, dates, goals); never part of the catalogue.</param>
/// <param name="Author">Who registered it: the participant's label or key id.</param>
/// <param name="Created">When.</param>
/// <param name="Body">Longer description as written, if any.</param>
public sealed record OwnCaseEntry(Guid Id, Experiment Subject, string Author, DateOnly Created, string? Body);

/// <summary>Addresses of the own cases; on the API's origin, because they need the session.</summary>
public static class OwnCaseUrls
{
    /// <summary>The cohort's cases and the form.</summary>
    public const string List = "/cursus/casussen/";

    public static string Case(Guid id) => $"{List}{id}/";

    /// <summary>
    /// The intake's form after a case was proposed: an invitation registers one experiment, so the page opens the draft
    /// the case became, with a note that says where its fields came from.
    /// </summary>
    public static readonly string AfterProposal = $"{Intake.IntakeUrls.Register}?casus=1";

    /// <summary>Where its author proposes case <paramref name="id"/> to the intake.</summary>
    public static string Propose(Guid id) => $"{Case(id)}voorstellen";

    /// <summary>The practice form of <paramref name="module"/> set to case <paramref name="id"/>.</summary>
    public static string Practise(string module, Guid id) => $"{PracticeUrls.ChoosePath(module)}?casus={id}";
}

/// <summary>The cohort's own cases with the form to register one; rendered by the API for the signed-in cohort only.</summary>
/// <param name="Cases">The cohort's cases, newest first.</param>
/// <param name="Form">The form as posted, with errors; empty on a fresh page.</param>
/// <param name="MayRegister">Whether the reader is a participant (a teacher reads only).</param>
public sealed record OwnCasesPage(IReadOnlyList<OwnCaseEntry> Cases, FormState Form, bool MayRegister)
    : SitePage(OwnCaseUrls.List, CohortText.CasesTitle, CohortText.CasesDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(OwnCasesView);
    /// <inheritdoc />
    public override bool Indexed => false;
}

/// <summary>One own case, with where to practise on it and how to propose it as a real experiment.</summary>
/// <param name="Case">The case.</param>
/// <param name="Modules">The course's modules, in order.</param>
/// <param name="MayPropose">Whether the reader is its author, who may propose it to the intake.</param>
/// <param name="Proposal">The proposal form as posted, with its error.</param>
/// <param name="ProposedAs">The intake registration it was proposed as, and when; <c>null</c> while not proposed.</param>
public sealed record OwnCasePage(OwnCaseEntry Case, IReadOnlyList<CourseModule> Modules, bool MayPropose = false, FormState? Proposal = null,
    (string Slug, DateTimeOffset At)? ProposedAs = null)
    : SitePage(OwnCaseUrls.Case(Case.Id), CohortText.CasePageTitle(Case.Subject.Title), CohortText.CasePageDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(OwnCaseView);
    /// <inheritdoc />
    public override bool Indexed => false;
}

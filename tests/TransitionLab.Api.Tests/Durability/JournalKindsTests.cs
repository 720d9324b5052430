using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests.Durability;

/// <summary>
/// The journal names each kind of change as it always did: features register their kinds with the store now, and a
/// journal written before must still replay after a crash.
/// </summary>
public sealed class JournalKindsTests
{
    // The discriminators as the store's attributes listed them before the features registered their own.
    private static readonly Dictionary<string, string> Before = new()
    {
        ["reflection.create"] = "CreateReflectionChange",
        ["reflection.correct"] = "CorrectReflectionChange",
        ["decision.create"] = "CreateDecisionChange",
        ["decision.update"] = "UpdateDecisionChange",
        ["invitation.create"] = "CreateInvitationChange",
        ["invitation.revoke"] = "RevokeInvitationChange",
        ["experiment.draft"] = "SaveDraftChange",
        ["experiment.submit"] = "SubmitDraftChange",
        ["experiment.review"] = "ReviewDraftChange",
        ["agenda.save"] = "SaveAgendaChange",
        ["area-value.save"] = "SaveAreaValueChange",
        ["course-case.create"] = "CreateOwnCaseChange",
        ["course-case.propose"] = "ProposeOwnCaseChange",
        ["catalogue.import"] = "ImportCatalogueChange",
        ["practice-reflection.create"] = "CreatePracticeReflectionChange",
        ["agenda-draft.create"] = "CreateAgendaDraftChange",
        ["course-assignment.save"] = "SaveAssignmentChange",
        ["course-assignment.feedback"] = "FeedbackChange",
        ["course-module.read"] = "MarkModuleReadChange",
        ["audit.prune"] = "PruneAuditChange",
        ["key.create"] = "CreateKeyChange",
        ["key.revoke"] = "RevokeKeyChange",
    };

    [Fact]
    public void Every_kind_of_change_keeps_its_journal_name()
    {
        var info = StoreChange.Json.GetTypeInfo(typeof(StoreChange));
        var kinds = info.PolymorphismOptions!.DerivedTypes.ToDictionary(d => (string)d.TypeDiscriminator!, d => d.DerivedType.Name);
        Assert.Equal("change", info.PolymorphismOptions.TypeDiscriminatorPropertyName);
        Assert.Equal(Before.OrderBy(k => k.Key, StringComparer.Ordinal), kinds.OrderBy(k => k.Key, StringComparer.Ordinal));
    }
}

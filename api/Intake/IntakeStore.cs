using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Intake;

/// <summary>Where registrations live in the store, the changes the intake journals and their index.</summary>
public static class IntakeStore
{
    extension(Database db)
    {
        /// <summary>Experiments registered through the intake, with their working copy and reviews; the id is the slug.</summary>
        public ILiteCollection<StoredRegistration> Registrations => db.Collection<StoredRegistration>("registrations");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<CreateInvitationChange>("invitation.create");
        StoreSchema.Change<RevokeInvitationChange>("invitation.revoke");
        StoreSchema.Change<SaveDraftChange>("experiment.draft");
        StoreSchema.Change<SubmitDraftChange>("experiment.submit");
        StoreSchema.Change<ReviewDraftChange>("experiment.review");
        StoreSchema.OnOpen(db => db.Registrations.EnsureIndex(r => r.State));
    }
}

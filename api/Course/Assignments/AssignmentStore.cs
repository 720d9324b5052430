using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Assignments;

/// <summary>Where hand-ins live in the store, the changes they journal and their indexes.</summary>
public static class AssignmentStore
{
    extension(Database db)
    {
        /// <summary>Participants' hand-ins of the modules' exercises, with their versions and comments; private to their cohort.</summary>
        public ILiteCollection<StoredAssignment> Assignments => db.Collection<StoredAssignment>("course_assignments");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<SaveAssignmentChange>("course-assignment.save");
        StoreSchema.Change<FeedbackChange>("course-assignment.feedback");
        StoreSchema.Renamed("courseAssignments", "course_assignments");
        StoreSchema.OnOpen(db =>
        {
            db.Assignments.EnsureIndex(a => a.ParticipantKeyId);
            db.Assignments.EnsureIndex(a => a.Module);
        });
    }
}

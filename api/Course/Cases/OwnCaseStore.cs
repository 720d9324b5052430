using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Cases;

/// <summary>Where participants' own cases live in the store, and the changes they journal.</summary>
public static class OwnCaseStore
{
    extension(Database db)
    {
        /// <summary>Participants' own practice cases: private to their cohort, never part of the catalogue.</summary>
        public ILiteCollection<StoredOwnCase> CourseCases => db.Collection<StoredOwnCase>("course_cases");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<CreateOwnCaseChange>("course-case.create");
        StoreSchema.Change<ProposeOwnCaseChange>("course-case.propose");
        StoreSchema.Renamed("courseCases", "course_cases");
    }
}

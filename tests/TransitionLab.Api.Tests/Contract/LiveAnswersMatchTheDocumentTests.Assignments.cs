using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Tests.Contract;

public sealed partial class LiveAnswersMatchTheDocumentTests
{
    // The fixture module takes the free-text exercise form, whose one field is "answer".
    private const string ExerciseModule = "verdiepen-en-opschalen";

    /// <summary>Hand-ins of the modules' exercises, comments on them, read marks, and the cohort's progress.</summary>
    private static Dictionary<string, Func<Live, Task<HttpResponseMessage>>[]> AssignmentSamples() => new()
    {
        ["HandInAssignment"] =
        [
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/modules/{ExerciseModule}/assignments"), HandIn("Uitgewerkt en gedeeld", handIn: true)),
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/modules/{ExerciseModule}/assignments"), new JsonObject { ["answers"] = new JsonObject(), ["handIn"] = true }),
            l => l.Participant.PostAsJsonAsync(l.Url("/course/modules/bestaat-niet/assignments"), HandIn("Nergens", handIn: false)),
            l => l.Teacher.PostAsJsonAsync(l.Url($"/course/modules/{ExerciseModule}/assignments"), HandIn("Van de docent", handIn: false)),
            l => l.Anonymous.PostAsJsonAsync(l.Url($"/course/modules/{ExerciseModule}/assignments"), HandIn("Zonder sleutel", handIn: false)),
        ],
        ["ListCohortAssignments"] =
        [
            l => l.Teacher.GetAsync(l.Url($"/course/modules/{ExerciseModule}/assignments")),
            l => l.Frontrunner.GetAsync(l.Url($"/course/modules/{ExerciseModule}/assignments")),
        ],
        ["ListMyAssignments"] = [l => l.Participant.GetAsync(l.Url("/course/assignments/mine")), l => l.Teacher.GetAsync(l.Url("/course/assignments/mine"))],
        ["GetAssignment"] =
        [
            l => l.Participant.GetAsync(l.Url($"/course/assignments/{l.AssignmentId}")),
            l => l.Participant.GetAsync(l.Url($"/course/assignments/{Guid.Empty}")),
            l => l.Frontrunner.GetAsync(l.Url($"/course/assignments/{l.AssignmentId}")),
        ],
        ["CommentOnAssignment"] =
        [
            l => l.Teacher.PostAsJsonAsync(l.Url($"/course/assignments/{l.AssignmentId}/feedback"), new JsonObject { ["text"] = "Goed uitgewerkt.", ["done"] = true }),
            l => l.Teacher.PostAsJsonAsync(l.Url($"/course/assignments/{l.AssignmentId}/feedback"), new JsonObject { ["text"] = "" }),
            l => l.Participant.PostAsJsonAsync(l.Url($"/course/assignments/{l.AssignmentId}/feedback"), new JsonObject { ["text"] = "Zelf" }),
            l => l.Teacher.PostAsJsonAsync(l.Url($"/course/assignments/{Guid.Empty}/feedback"), new JsonObject { ["text"] = "Niemand" }),
        ],
        ["GetCourseProgress"] = [l => l.Teacher.GetAsync(l.Url("/course/progress")), l => l.Participant.GetAsync(l.Url("/course/progress")), l => l.Frontrunner.GetAsync(l.Url("/course/progress"))],
        ["MarkModuleRead"] =
        [
            l => l.Participant.PutAsync(l.Url($"/course/modules/{ExerciseModule}/read"), null),
            l => l.Teacher.PutAsync(l.Url($"/course/modules/{ExerciseModule}/read"), null),
            l => l.Participant.PutAsync(l.Url("/course/modules/bestaat-niet/read"), null),
            l => l.Anonymous.PutAsync(l.Url($"/course/modules/{ExerciseModule}/read"), null),
        ],
        ["UnmarkModuleRead"] =
        [
            async l =>
            {
                await l.Participant.PutAsync(l.Url($"/course/modules/{ExerciseModule}/read"), null);
                return await l.Participant.DeleteAsync(l.Url($"/course/modules/{ExerciseModule}/read"));
            },
            l => l.Participant.DeleteAsync(l.Url($"/course/modules/{ExerciseModule}/read")),
            l => l.Teacher.DeleteAsync(l.Url($"/course/modules/{ExerciseModule}/read")),
        ],
        ["ExportCourseProgressCsv"] = [l => l.Teacher.GetAsync(l.Url("/course/progress.csv")), l => l.Participant.GetAsync(l.Url("/course/progress.csv"))],
    };

    private static JsonObject HandIn(string answer, bool handIn) => new()
    {
        ["answers"] = new JsonObject { ["answer"] = answer }, ["handIn"] = handIn, ["share"] = handIn,
    };
}

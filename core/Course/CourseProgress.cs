using System.ComponentModel;
using System.Text;
using TransitionLab.Core.Insights;

namespace TransitionLab.Core.Course;

/// <summary>One participant's progress in one module.</summary>
public sealed record ModuleProgress(
    [property: Description("Slug of the module")] string Module,
    [property: Description("When the participant marked the module read")] DateTimeOffset? ReadAt,
    [property: Description("Practice reflections filed in the module")] int Practised,
    [property: Description("Whether anything of the exercise is saved, a draft or a hand-in")] bool Started,
    [property: Description("When the exercise was last handed in")] DateTimeOffset? HandedInAt,
    [property: Description("Whether the hand-in is shared with the cohort")] bool Shared,
    [property: Description("Comments received")] int Comments,
    [property: Description("When the teacher marked it done")] DateTimeOffset? DoneAt);

/// <summary>One participant's progress through the modules.</summary>
public sealed record ParticipantProgress(
    [property: Description("Key id of the participant")] string ParticipantKeyId,
    [property: Description("The key's label, or its id")] string Name,
    [property: Description("Per module, in course order")] IReadOnlyList<ModuleProgress> Modules);

/// <summary>A cohort's progress: module × participant.</summary>
public sealed record CohortProgressTable(
    [property: Description("The cohort")] string Cohort,
    [property: Description("Module slugs in course order")] IReadOnlyList<string> Modules,
    [property: Description("One row per participant; only the caller's own for a participant")] IReadOnlyList<ParticipantProgress> Participants)
{
    /// <summary>
    /// The table for Dutch Excel, like the catalogue export: UTF-8 with a byte order mark, <c>;</c> between fields, one row
    /// per participant and one column per module holding what the participant did there, in words.
    /// </summary>
    public byte[] ToCsv(IReadOnlyList<string> moduleTitles, Func<ModuleProgress, string> cell)
    {
        var sb = new StringBuilder();
        DutchCsv.AppendLine(sb, moduleTitles.Prepend("Deelnemer").Select(DutchCsv.Text));
        foreach (var p in Participants)
            DutchCsv.AppendLine(sb, new[] { p.Name }.Concat(p.Modules.Select(cell)).Select(DutchCsv.Text));
        return DutchCsv.Bytes(sb);
    }
}

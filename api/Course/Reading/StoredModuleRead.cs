namespace TransitionLab.Api.Course.Reading;

/// <summary>
/// A participant's mark that they read a module, in its own collection <c>course_reads</c>; one per participant and
/// module, so marking twice keeps the first date. Private to the participant and the teacher of their cohort.
/// </summary>
public sealed class StoredModuleRead
{
    /// <summary><c>&lt;key id&gt;/&lt;module&gt;</c>: one mark per participant and module.</summary>
    public string Id { get; init; } = "";
    /// <summary>Cohort of the participant's key.</summary>
    public string Cohort { get; init; } = "";
    /// <summary>Key id of the participant.</summary>
    public string ParticipantKeyId { get; init; } = "";
    /// <summary>Slug of the course module.</summary>
    public string Module { get; init; } = "";
    /// <summary>When the participant marked it read (UTC).</summary>
    public DateTime ReadAt { get; init; }

    /// <summary>The id of <paramref name="keyId"/>'s mark on <paramref name="module"/>.</summary>
    public static string IdOf(string keyId, string module) => $"{keyId}/{module}";
}

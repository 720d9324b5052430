using System.Text.Json;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Areas;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Snapshots;

/// <summary>
/// The records the API holds, frozen at one moment: what a standalone static build reads instead of
/// the API's live store. The API serves it at <c>/api/snapshot</c>; the site reads it with
/// <c>build --snapshot</c> or fetches it with <c>build --api</c>.
/// </summary>
public sealed record PlatformSnapshot
{
    /// <summary>Every reflection, all revisions (the reader keeps the latest of each).</summary>
    public required IReadOnlyList<Reflection> Reflections { get; init; }
    /// <summary>Every recorded steward decision.</summary>
    public required IReadOnlyList<ScalingDecision> Decisions { get; init; }
    /// <summary>Agenda items stewards stored (proposals are computed from the reflections, not stored).</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];
    /// <summary>Values of areas' shared goals recorded by stewards.</summary>
    public IReadOnlyList<AreaGoalValue> AreaValues { get; init; } = [];
    /// <summary>When the snapshot was taken.</summary>
    public required DateTimeOffset ExportedAt { get; init; }

    /// <summary>
    /// The JSON format: the catalogue export's (camelCase, kebab-case enum codes, dates as
    /// <c>yyyy-mm-dd</c>), so the API's documents share one convention.
    /// </summary>
    public static JsonSerializerOptions JsonOptions => CatalogueExport.JsonOptions;

    /// <summary>Writes the snapshot as JSON (UTF-8).</summary>
    public void Write(Stream stream) => JsonSerializer.Serialize(stream, this, JsonOptions);

    /// <summary>
    /// Reads a snapshot written by <see cref="Write"/>; throws <see cref="JsonException"/> on anything else. Texts
    /// repeated within an experiment are held once (<see cref="SharedTexts"/>).
    /// </summary>
    public static PlatformSnapshot Read(Stream stream)
    {
        var snapshot = JsonSerializer.Deserialize<PlatformSnapshot>(stream, JsonOptions) ?? throw new JsonException("the snapshot is empty (null)");
        if (snapshot.Reflections is null) throw new JsonException("the snapshot's reflections are missing (null)");
        return snapshot with { Reflections = SharedTexts.PerExperiment(snapshot.Reflections) };
    }
}

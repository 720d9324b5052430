using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The content catalogue's experiments as journaled by an import: each is upserted, drafts with other slugs stay.
/// </summary>
public sealed record ImportCatalogueChange : StoreChange
{
    /// <summary>The content folder imported.</summary>
    public required string Folder { get; init; }
    /// <summary>The valid experiments of the folder that are new or differ from their stored form.</summary>
    public required IReadOnlyList<StoredExperiment> Experiments { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        foreach (var experiment in Experiments) db.SaveExperiment(experiment);
        db.AppendAudit(KeyId, At, "catalogue.import", Folder);
        return new ChangeOutcome(ChangeStatus.Updated, Folder) { AllPages = true };
    }
}

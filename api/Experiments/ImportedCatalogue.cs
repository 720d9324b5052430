using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;

namespace TransitionLab.Api.Experiments;

/// <summary>The content catalogue the API imported last; drafts are checked against its themes and concepts.</summary>
public sealed class ImportedCatalogue(IConfiguration configuration, StoreWriter writer, StoredExperiments experiments)
{
    private ContentCatalogue _current = ContentCatalogue.Empty;
    private PublishedCatalogue? _published;

    /// <summary>The content folder: configuration key <c>Content</c>, else the nearest <c>content/</c>.</summary>
    public string ContentFolder { get; } = Path.GetFullPath(configuration["Content"] is { Length: > 0 } folder
        ? folder : ContentDefaults.FindContentFolder(Directory.GetCurrentDirectory()));

    /// <summary>The catalogue as last imported.</summary>
    public ContentCatalogue Current => Volatile.Read(ref _current);

    /// <summary>
    /// What the site publishes: the imported catalogue plus the experiments approved through the intake (a content
    /// file with the same slug wins: the catalogue is the reviewed source).
    /// </summary>
    /// <remarks>
    /// The same imported catalogue and stored experiments give the same object back, so a site rebuild after a
    /// reflection can tell that the catalogue did not change and keep what it derived from it.
    /// </remarks>
    public ContentCatalogue Published()
    {
        var current = Current;
        var stored = experiments.BySlug();
        if (Volatile.Read(ref _published) is { } last && ReferenceEquals(last.From, current) && ReferenceEquals(last.Stored, stored))
            return last.Catalogue;
        var registered = stored.Values
            .Where(e => e.Source == PublishedSource && current.FindExperiment(e.Id) is null)
            .Select(e => e.ToDomain()).ToArray();
        var published = registered.Length == 0 ? current : current with
        {
            Experiments = current.Experiments.Concat(registered).OrderBy(e => e.Slug, StringComparer.Ordinal).ToArray(),
        };
        Volatile.Write(ref _published, new PublishedCatalogue(current, stored, published));
        return published;
    }

    private sealed record PublishedCatalogue(ContentCatalogue From, IReadOnlyDictionary<string, StoredExperiment> Stored, ContentCatalogue Catalogue);

    /// <summary>Source code of experiments published through the intake.</summary>
    public const string PublishedSource = "registration";

    /// <summary>
    /// Loads the content folder and upserts its experiments. Drafts stay; a content file with the slug
    /// of a draft replaces the draft, because the catalogue is the reviewed source.
    /// Journaled like every write, so what follows the store (the site, cached verdicts) follows an import too.
    /// Only experiments that are new or differ from their stored form are written: at national scale writing all of
    /// them again took seconds of every start.
    /// </summary>
    /// <param name="keyId">Key of whoever asked, for the audit log.</param>
    /// <param name="at">When it was asked.</param>
    public async Task<ImportResultDto> ImportAsync(string keyId, DateTimeOffset at)
    {
        var result = ContentLoader.Load(ContentFolder);
        Volatile.Write(ref _current, result.Catalogue);
        experiments.ShareBodiesWith(result.Catalogue);
        var held = experiments.BySlug();
        var mapper = Database.CreateMapper();
        var changed = result.Catalogue.Experiments.Select(e => e.ToStored(ExperimentMapping.ContentSource, e.Source))
            .Where(e => !held.TryGetValue(e.Id, out var stored) || !SameDocument(mapper, stored, e)).ToArray();
        await writer.WriteAsync(new ImportCatalogueChange
        {
            ChangeId = Guid.NewGuid(), KeyId = keyId, At = at, Folder = ContentFolder, Experiments = changed,
        });
        return new ImportResultDto(result.Catalogue.Experiments.Count, result.Problems.Select(p => p.ToString()).ToArray()) { Changed = changed.Length };
    }

    // Compared as the store would hold them, so a field added to StoredExperiment is compared without being named here.
    private static bool SameDocument(LiteDB.BsonMapper mapper, StoredExperiment stored, StoredExperiment loaded) =>
        mapper.ToDocument(stored).CompareTo(mapper.ToDocument(loaded)) == 0;
}

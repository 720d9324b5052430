using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;

namespace TransitionLab.Api.Experiments;

/// <summary>The content catalogue the API imported last; drafts are checked against its themes and concepts.</summary>
public sealed class Catalogue(IConfiguration configuration, Database db, ExperimentRecords experiments)
{
    private ContentCatalogue _current = ContentCatalogue.Empty;

    /// <summary>The content folder: configuration key <c>Content</c>, else the nearest <c>content/</c>.</summary>
    public string ContentFolder { get; } = Path.GetFullPath(configuration["Content"] is { Length: > 0 } folder
        ? folder : ContentDefaults.FindContentFolder(Directory.GetCurrentDirectory()));

    /// <summary>The catalogue as last imported.</summary>
    public ContentCatalogue Current => Volatile.Read(ref _current);

    /// <summary>
    /// Loads the content folder and upserts its experiments. Drafts stay; a content file with the slug
    /// of a draft replaces the draft, because the catalogue is the reviewed source.
    /// </summary>
    public ImportResultDto Import()
    {
        var result = ContentLoader.Load(ContentFolder);
        Volatile.Write(ref _current, result.Catalogue);
        var imported = db.InTransaction(() =>
        {
            foreach (var experiment in result.Catalogue.Experiments)
                db.Experiments.Upsert(experiment.ToStored(ExperimentMapping.ContentSource, experiment.Source));
            return result.Catalogue.Experiments.Count;
        });
        experiments.Changed();
        return new ImportResultDto(imported, result.Problems.Select(p => p.ToString()).ToArray());
    }
}

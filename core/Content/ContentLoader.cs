using System.Collections.Concurrent;
using TransitionLab.Core.Areas;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TransitionLab.Core.Content;

/// <summary>
/// Loads a content folder (experiments/, themes/, concepts/, course/, pages/, areas/) into a
/// <see cref="ContentCatalogue"/>, reporting every problem at once with file and line.
/// </summary>
public static class ContentLoader
{
    private sealed record Folder(string Name, ContentKind Kind);

    private static readonly Folder[] Folders =
    [
        new("experiments", ContentKind.Experiment), new("themes", ContentKind.Theme),
        new("concepts", ContentKind.Concept), new("course", ContentKind.Module), new("pages", ContentKind.Page),
        new("areas", ContentKind.Area),
    ];

    private sealed record LoadedFile(string File, ContentKind Kind, object? Item, string? Slug, int SlugLine,
        IReadOnlyList<(string Url, int Line)> Links, List<ContentProblem> Problems, List<ContentReference> References);

    /// <summary>Reads and validates every Markdown file under <paramref name="contentDirectory"/>.</summary>
    public static ContentLoadResult Load(string contentDirectory)
    {
        if (!Directory.Exists(contentDirectory))
            return new ContentLoadResult(ContentCatalogue.Empty, [new ContentProblem(contentDirectory, 0, "de contentmap bestaat niet")]);

        var files = Folders
            .Where(f => Directory.Exists(Path.Combine(contentDirectory, f.Name)))
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(contentDirectory, f.Name), "*.md").Select(path => (path, f.Kind)))
            .ToArray();

        var loaded = new ConcurrentBag<LoadedFile>();
        Parallel.ForEach(files, file => loaded.Add(LoadFile(contentDirectory, file.path, file.Kind)));
        var result = Assemble(loaded.OrderBy(f => f.File, StringComparer.Ordinal).ToArray());
        return result with { Catalogue = result.Catalogue with { Folder = Path.GetFullPath(contentDirectory) } };
    }

    /// <summary>Reads and validates a single experiment file (used for drafts that arrive as Markdown).</summary>
    public static (Experiment? Experiment, IReadOnlyList<ContentProblem> Problems) ParseExperiment(string name, string text)
    {
        var file = Parse(name, text, ContentKind.Experiment);
        return (file.Problems.Count == 0 ? file.Item as Experiment : null, file.Problems);
    }

    private static LoadedFile LoadFile(string root, string path, ContentKind kind)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return Parse(relative, File.ReadAllText(path), kind);
    }

    private static LoadedFile Parse(string file, string text, ContentKind kind)
    {
        var problems = new List<ContentProblem>();
        var references = new List<ContentReference>();
        LoadedFile Failed() => new(file, kind, null, null, 0, [], problems, references);

        var split = MarkdownFile.Split(text);
        if (split is null)
        {
            problems.Add(new ContentProblem(file, 1, "het bestand moet beginnen met een regel '---', dan de YAML-velden, dan weer een regel '---'"));
            return Failed();
        }

        var lineOffset = MarkdownFile.FrontMatterFirstLine - 1;
        YamlMappingNode mapping;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(split.FrontMatter));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new ContentProblem(file, MarkdownFile.FrontMatterFirstLine, "de kop van het bestand moet YAML-velden bevatten, zoals 'title: ...'"));
                return Failed();
            }
            mapping = root;
        }
        catch (YamlException e)
        {
            problems.Add(new ContentProblem(file, (int)e.Start.Line + lineOffset, $"de kop van het bestand is geen geldige YAML (melding van de YAML-lezer: {e.InnerException?.Message ?? e.Message})"));
            return Failed();
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this, without a position, for some unclosed flow collections ("[a, b").
            problems.Add(new ContentProblem(file, MarkdownFile.FrontMatterFirstLine, $"de kop van het bestand is geen geldige YAML; staat er een '[' of '{{' die niet gesloten is? (melding van de YAML-lezer: {e.Message})"));
            return Failed();
        }

        var body = ContentMarkdown.Render(split.Body);
        var reader = new FrontMatterReader(mapping, file, lineOffset, problems, references);
        object item = kind switch
        {
            ContentKind.Experiment => FrontMatterTypes.ReadExperiment(reader, body, file),
            ContentKind.Theme => FrontMatterTypes.ReadTheme(reader, body, file),
            ContentKind.Concept => FrontMatterTypes.ReadConcept(reader, body, file),
            ContentKind.Module => FrontMatterTypes.ReadModule(reader, body, file),
            ContentKind.Area => AreaFrontMatter.Read(reader, body, file),
            _ => FrontMatterTypes.ReadPage(reader, body, file),
        };
        reader.Finish();

        var slugNode = mapping.Children.TryGetValue(new YamlScalarNode("slug"), out var node) ? node : mapping;
        var slugLine = (int)slugNode.Start.Line + lineOffset;
        var slug = (slugNode as YamlScalarNode)?.Value?.Trim();
        if (!string.IsNullOrEmpty(slug) && !Slugs.IsValid(slug))
            problems.Add(new ContentProblem(file, slugLine, $"slug '{slug}' moet 2 tot 80 tekens hebben: kleine letters, cijfers en losse streepjes"));

        var links = body.Links.Select(l => (l.Url, l.Line + split.BodyFirstLine)).ToArray();
        return new LoadedFile(file, kind, item, slug, slugLine, links, problems, references);
    }

    private static ContentLoadResult Assemble(IReadOnlyList<LoadedFile> files)
    {
        var problems = files.SelectMany(f => f.Problems).ToList();

        var slugs = new Dictionary<ContentKind, HashSet<string>>();
        foreach (var kind in Enum.GetValues<ContentKind>()) slugs[kind] = new HashSet<string>(StringComparer.Ordinal);
        var firstBySlug = new Dictionary<(ContentKind, string), LoadedFile>();
        foreach (var file in files.Where(f => !string.IsNullOrEmpty(f.Slug)))
        {
            if (firstBySlug.TryGetValue((file.Kind, file.Slug!), out var first))
                problems.Add(new ContentProblem(file.File, file.SlugLine, $"slug '{file.Slug}' komt twee keer voor: {first.File} gebruikt hem al"));
            else
            {
                firstBySlug[(file.Kind, file.Slug!)] = file;
                slugs[file.Kind].Add(file.Slug!);
            }
        }

        foreach (var reference in files.SelectMany(f => f.References))
        {
            if (!slugs[reference.Kind].Contains(reference.Slug))
                problems.Add(new ContentProblem(reference.File, reference.Line,
                    $"'{reference.Field}' noemt {KindName(reference.Kind)} '{reference.Slug}', maar die bestaat niet; wel bestaan: {Known(slugs[reference.Kind])}"));
        }

        var unique = files.Where(f => f.Item is not null && f.Slug is not null && firstBySlug.GetValueOrDefault((f.Kind, f.Slug)) == f).ToArray();
        var catalogue = new ContentCatalogue
        {
            Experiments = unique.Select(f => f.Item).OfType<Experiment>().OrderBy(e => e.Slug, StringComparer.Ordinal).ToArray(),
            Themes = unique.Select(f => f.Item).OfType<Theme>().OrderBy(t => t.Title, StringComparer.Ordinal).ToArray(),
            Concepts = unique.Select(f => f.Item).OfType<Concept>().OrderBy(c => c.Title, StringComparer.Ordinal).ToArray(),
            Modules = unique.Select(f => f.Item).OfType<CourseModule>().OrderBy(m => m.Order).ThenBy(m => m.Slug, StringComparer.Ordinal).ToArray(),
            Pages = unique.Select(f => f.Item).OfType<Page>().OrderBy(p => p.Slug, StringComparer.Ordinal).ToArray(),
            Areas = unique.Select(f => f.Item).OfType<Area>().OrderBy(a => a.Title, StringComparer.Ordinal).ToArray(),
        };

        var known = InternalLinks.KnownPaths(catalogue);
        foreach (var file in files)
            foreach (var (url, line) in file.Links)
                if (InternalLinks.Check(url, known) is { } message)
                    problems.Add(new ContentProblem(file.File, line, message));

        return new ContentLoadResult(catalogue, problems.Distinct().OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToArray());
    }

    private static string KindName(ContentKind kind) => kind switch
    {
        ContentKind.Experiment => "een experiment",
        ContentKind.Theme => "een thema",
        ContentKind.Concept => "een begrip",
        ContentKind.Module => "een cursusmodule",
        ContentKind.Area => "een gebied",
        _ => "een pagina",
    };

    private static string Known(HashSet<string> slugs) =>
        slugs.Count == 0 ? "(geen)" : string.Join(", ", slugs.Order(StringComparer.Ordinal).Take(12)) + (slugs.Count > 12 ? ", ..." : "");
}

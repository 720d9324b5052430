using System.Web;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Search;

namespace TransitionLab.Site.Tests;

/// <summary>
/// A write re-indexes only the documents of the experiment it changed, and the result is the index a full build
/// would make: the same documents found by every stem and filter, and on disk the same files.
/// </summary>
public sealed class SearchUpdateTests
{
    private const string Walcheren = "netwerkberaden-walcheren";
    private const string MadeUpWord = "proefzoekwoordje";
    private static readonly ContentCatalogue Catalogue = ContentLoader.Load(Repository.Content).Catalogue;

    [Fact]
    public void A_new_reflection_is_found_after_indexing_its_experiment_alone_as_after_a_full_build()
    {
        var before = FullTextIndex.For(Site(Catalogue, Reflection(1, "Begin met een kleine wijk.")));
        var after = Site(Catalogue, Reflection(1, "Begin met een kleine wijk."), Reflection(2, $"Het {MadeUpWord} helpt gezinnen."));

        var update = before.Update(after, [Walcheren]);

        Assert.Empty(Find(before, MadeUpWord));
        Assert.Contains($"/experimenten/{Walcheren}/", Find(update.Index, MadeUpWord));
        Assert.Equal(Canonical(FullTextIndex.Build(SearchDocument.From(after))), Canonical(update.Index));
        Assert.NotEmpty(update.Documents);
        Assert.All(update.Documents, id => Assert.Equal(Walcheren, update.Index.Documents[id].Experiment));
        Assert.InRange(update.Shards.Count, 1, before.Shards.Count / 4);
        Assert.NotEqual(before.Version, update.Index.Version);
        // The server answers from the new index without indexing the catalogue again.
        Assert.Same(update.Index, FullTextIndex.For(after));
    }

    [Fact]
    public void An_experiments_lessons_are_one_result_with_the_newest_lesson_first()
    {
        var site = Site(Catalogue, Reflection(1, "Begin met een kleine wijk."), Reflection(2, $"Het {MadeUpWord} helpt gezinnen."),
            Reflection(3, $"Houd het {MadeUpWord} klein."));
        var index = FullTextIndex.Build(SearchDocument.From(site));

        var lessons = SearchMatcher.Find(index, new SearchQuery(MadeUpWord, new Dictionary<string, string> { [SearchFilters.Kind] = SearchKind.Lesson }))
            .Documents.Select(id => index.Documents[id]).ToArray();

        var result = Assert.Single(lessons);
        Assert.Equal($"/experimenten/{Walcheren}/#wat-we-leren", result.Url);
        Assert.StartsWith("Lessen uit ", result.Title);
        Assert.Equal($"Houd het {MadeUpWord} klein. Het {MadeUpWord} helpt gezinnen. Begin met een kleine wijk.", result.Text);
        Assert.Single(index.Documents, d => d.Kind == SearchKind.Lesson);
    }

    [Fact]
    public void An_experiment_is_found_by_the_words_of_the_learning_questions_of_its_latest_reflection_as_the_learning_agenda_searches_them()
    {
        var question = $"Werkt het {MadeUpWord} ook voor gezinnen zonder netwerk?";
        var first = Reflection(1, "Begin met een kleine wijk.");
        var asks = Reflection(2, "Houd het klein.") with { LearningQuestions = [new LearningQuestion(question, LearningQuestionStatus.Open, new DateOnly(2026, 7, 1))] };
        var query = AgendaSearch(question);
        string[] Found(FullTextIndex index) => SearchMatcher.Find(index, query).Documents.Select(id => index.Documents[id].Url).ToArray();

        Assert.Equal(question, query.Words);
        Assert.Equal(SearchKind.Experiment, query.Filters[SearchFilters.Kind]);
        var before = FullTextIndex.For(Site(Catalogue, first));
        Assert.Empty(Found(before));
        // Filed later, the question is found after indexing only its experiment, as after a full build.
        var after = Site(Catalogue, first, asks);
        Assert.Equal([$"/experimenten/{Walcheren}/"], Found(before.Update(after, [Walcheren]).Index));
        Assert.Equal([$"/experimenten/{Walcheren}/"], Found(FullTextIndex.Build(SearchDocument.From(after))));
        // A later reflection no longer holds it: the experiment no longer asks it.
        Assert.Empty(Found(FullTextIndex.Build(SearchDocument.From(Site(Catalogue, first, asks, Reflection(3, "Houd het klein."))))));
    }

    [Fact]
    public void The_learning_agendas_search_for_a_question_ends_at_a_whole_word_and_a_question_of_stop_words_gets_none()
    {
        // Search reads 200 characters; the question's words are separated by spaces and by a tab.
        var words = AgendaSearch(string.Concat(Enumerable.Repeat("gezinnen\t", 30))).Words;
        Assert.InRange(words.Length, SearchQuery.MaxLength - 9, SearchQuery.MaxLength);
        Assert.EndsWith("gezinnen", words);
        Assert.Equal(words.Length, AgendaSearch(string.Concat(Enumerable.Repeat("gezinnen ", 30))).Words.Length);

        Assert.Null(Agenda.LearningAgendaPage.SearchFor("Wat is het, en hoe dan?"));
    }

    private static SearchQuery AgendaSearch(string question)
    {
        var link = HttpUtility.ParseQueryString(new Uri(BuiltSite.BaseUrl, Agenda.LearningAgendaPage.SearchFor(question)).Query);
        return SearchQuery.From(name => link[name]);
    }

    [Fact]
    public void A_published_experiment_is_found_and_a_withdrawn_one_no_longer()
    {
        var without = Catalogue with { Experiments = Catalogue.Experiments.Where(e => e.Slug != Walcheren).ToArray() };
        var before = FullTextIndex.For(Site(without));

        var published = before.Update(Site(Catalogue), [Walcheren]);
        var withdrawn = published.Index.Update(Site(without), [Walcheren]);

        Assert.DoesNotContain($"/experimenten/{Walcheren}/", Find(before, "gespreksleiders"));
        Assert.Contains($"/experimenten/{Walcheren}/", Find(published.Index, "gespreksleiders"));
        Assert.Equal(Canonical(FullTextIndex.Build(SearchDocument.From(Site(Catalogue)))), Canonical(published.Index));
        Assert.DoesNotContain($"/experimenten/{Walcheren}/", Find(withdrawn.Index, "gespreksleiders"));
        Assert.Equal(Canonical(before), Canonical(withdrawn.Index));
    }

    [Fact]
    public async Task The_incremental_build_leaves_the_folder_with_exactly_the_new_index_files()
    {
        using var folder = new TempFolder();
        var before = FullTextIndex.For(Site(Catalogue, Reflection(1, "Begin met een kleine wijk.")));
        foreach (var (path, content) in SearchIndexFiles.Write(before)) Write(folder.File(path), content);
        // Withdrawn at the same time: one that no course module uses as a case, so the catalogue stays whole.
        var gone = Catalogue.Experiments.First(e => e.Slug != Walcheren && !Catalogue.Modules.Any(m => m.Cases.Contains(e.Slug))).Slug;
        var without = Catalogue with { Experiments = Catalogue.Experiments.Where(e => e.Slug != gone).ToArray() };
        var after = Site(without, Reflection(1, "Begin met een kleine wijk."), Reflection(2, $"Het {MadeUpWord} helpt gezinnen."));

        var update = before.Update(after, [Walcheren, gone]);
        var report = await IncrementalBuild.RunAsync(after, [Walcheren, gone], folder.Path, update, earlier: null, ownPagesDone: false);

        var expected = SearchIndexFiles.Write(update.Index).ToDictionary(f => f.Path, f => f.Content);
        var index = folder.File(SearchIndexFiles.Folder);
        var onDisk = Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder.Path, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), onDisk.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(onDisk[file.Key]), $"{file.Key} differs"));
        Assert.True(report.SearchWritten <= report.Elapsed);
    }

    private static string[] Find(FullTextIndex index, string q) =>
        SearchMatcher.Find(index, new SearchQuery(q, new Dictionary<string, string>())).Documents.Select(id => index.Documents[id].Url).Distinct().ToArray();

    /// <summary>The index without its ids: per stem and filter value, which documents (by what they show) it lists.</summary>
    private static SortedDictionary<string, string> Canonical(FullTextIndex index)
    {
        string Lists(IEnumerable<int> ids) => string.Join("|", ids.Select(id => index.Documents[id]).Select(d => $"{d.Url}#{d.Title}#{d.Text.GetHashCode()}").Order(StringComparer.Ordinal));
        var canonical = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (stem, postings) in index.Terms) canonical[$"stem {stem}"] = $"{Lists(postings.InTitle)} / {Lists(postings.InText)}";
        foreach (var (key, ids) in index.Filters) canonical[$"filter {key}"] = Lists(ids);
        foreach (var (key, stems) in index.Shards) canonical[$"shard {key}"] = string.Join(" ", stems);
        return canonical;
    }

    private static void Write(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private static SiteContext Site(ContentCatalogue catalogue, params Reflection[] reflections) =>
        new(new SiteInput(catalogue, ReflectionTimelines.From(reflections), [], new SiteOptions { BaseUrl = BuiltSite.BaseUrl, ApiBaseUrl = "", BuildTime = BuiltSite.BuildTime }));

    private static Reflection Reflection(int cycle, string lesson) =>
        ReflectionPageTests.Reflection(Walcheren, cycle, new DateOnly(2026, 1, 1).AddMonths(6 * cycle), 40 - 4 * cycle) with
        {
            Lessons = new Lessons("Hulp vragen is moeilijk.", "Tijd.", "Training.", lesson),
        };
}

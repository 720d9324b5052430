using System.Text.Json;
using TransitionLab.Core.Content;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Search;

namespace TransitionLab.Site.Tests;

/// <summary>Full-text search over the repository's own content: Dutch word forms, ranking, filters, the index files.</summary>
public sealed class SearchTests
{
    private static readonly Lazy<FullTextIndex> Index = new(() =>
    {
        var loaded = ContentLoader.Load(Repository.Content);
        var options = new SiteOptions { BaseUrl = BuiltSite.BaseUrl, ApiBaseUrl = "", BuildTime = BuiltSite.BuildTime };
        return FullTextIndex.For(new SiteContext(new SiteInput(loaded.Catalogue, ReflectionTimelines.From([]), [], options)));
    });

    private static string[] Find(string q, params (string Filter, string Code)[] filters) =>
        SearchMatcher.Find(Index.Value, new SearchQuery(q, filters.ToDictionary(f => f.Filter, f => f.Code)))
            .Documents.Select(id => Index.Value.Documents[id].Url).ToArray();

    [Theory]
    [InlineData("dakloze", "daklozen")]
    [InlineData("dakloze", "dakloosheid")]
    [InlineData("daklozen", "dakloosheid")]
    [InlineData("schuld", "schulden")]
    [InlineData("uithuisplaatsing", "uithuisplaatsingen")]
    [InlineData("huis", "huizen")]
    [InlineData("jongere", "jongeren")]
    public void Inflected_forms_share_a_stem(string one, string other) =>
        Assert.Equal(DutchStemmer.Stem(one), DutchStemmer.Stem(other));

    [Theory]
    [InlineData("daklozen", "/experimenten/bouwdepot-amsterdam/")]
    [InlineData("daklozen", "/experimenten/housing-first-jongeren-groningen/")]
    [InlineData("dakloze", "/experimenten/housing-first-jongeren-groningen/")]
    [InlineData("dakloosheid", "/experimenten/bouwdepot-amsterdam/")]
    [InlineData("uithuisplaatsing", "/experimenten/netwerkberaden-walcheren/")]
    [InlineData("uithuisplaatsingen", "/experimenten/netwerkberaden-walcheren/")]
    [InlineData("schuld", "/experimenten/vroegsignalering-huurachterstand-tilburg/")]
    [InlineData("schulden", "/experimenten/vroegsignalering-huurachterstand-tilburg/")]
    public void A_word_finds_the_experiments_that_use_another_form_of_it(string q, string expected) =>
        Assert.Contains(expected, Find(q));

    [Fact]
    public void A_texts_terms_are_the_stems_of_its_words_that_count_for_every_text_of_the_content()
    {
        // Terms folds into a buffer for speed; Words and Counts are what the query side and search.js follow.
        var texts = Index.Value.Documents.SelectMany(d => new[] { d.Title, d.Text, d.Keywords })
            .Append("ÏDEEËN van de Daklozen; een woord-van-meer-dan-vierenzestig-tekens-" + new string('x', 200) + " é ü 12 a b");
        foreach (var text in texts)
            Assert.Equal(SearchText.Words(text).Where(w => SearchText.Counts(w.Normalised)).Select(w => DutchStemmer.Stem(w.Normalised)), SearchText.Terms(text));
    }

    [Fact]
    public void One_letter_wrong_in_a_longer_word_still_finds_it() =>
        Assert.Contains("/experimenten/netwerkberaden-walcheren/", Find("uithiusplaatsingen"));

    [Fact]
    public void A_short_word_with_a_typo_finds_nothing_by_accident() => Assert.Empty(Find("xq"));

    [Fact]
    public void Every_word_must_be_found() =>
        Assert.Empty(Find("daklozen uithuisplaatsingen walcheren bouwdepot"));

    [Fact]
    public void A_title_hit_ranks_above_a_hit_in_the_text_only()
    {
        var results = Find("bouwdepot");
        Assert.Equal("/experimenten/bouwdepot-amsterdam/", results[0]);
    }

    [Fact]
    public void A_filter_narrows_the_results_and_filters_combine()
    {
        var all = Find("jongeren");
        var amsterdam = Find("jongeren", ("gemeente", "amsterdam"));
        var experimentsInAmsterdam = Find("jongeren", ("gemeente", "amsterdam"), ("soort", "experiment"));
        Assert.NotEmpty(experimentsInAmsterdam);
        Assert.True(amsterdam.Length < all.Length);
        Assert.All(experimentsInAmsterdam, url => Assert.StartsWith("/experimenten/", url));
        Assert.Empty(Find("jongeren", ("gemeente", "bestaat-niet")));
    }

    [Fact]
    public void The_excerpt_marks_the_hit_in_its_context_as_plain_text()
    {
        var pieces = Excerpt.Of("Veel jongeren zijn dakloos. <b>Daklozen</b> hebben een huis nodig.", new HashSet<string> { DutchStemmer.Stem("daklozen") });
        Assert.Equal(["dakloos", "Daklozen"], pieces.Where(p => p.Marked).Select(p => p.Text));
        Assert.Equal("Veel jongeren zijn dakloos. <b>Daklozen</b> hebben een huis nodig.", string.Concat(pieces.Select(p => p.Text)));
    }

    [Fact]
    public void A_query_is_cut_to_size_and_loses_control_characters_and_odd_filter_codes()
    {
        var query = SearchQuery.From(name => name switch
        {
            "q" => "dak\u0000loze" + new string('a', 5000),
            "thema" => "<script>",
            "oordeel" => "verdiepen",
            _ => null,
        });
        Assert.Equal(SearchQuery.MaxLength, query.Words.Length);
        Assert.DoesNotContain('\u0000', query.Words);
        Assert.False(query.Filters.ContainsKey("thema"));
        Assert.Equal("verdiepen", query.Filters["oordeel"]);
    }

    [Fact]
    public void The_index_files_hold_each_stem_in_its_shard_and_each_document_once()
    {
        var files = SearchIndexFiles.Write(Index.Value).ToDictionary(f => f.Path, f => f.Content);
        using var manifest = JsonDocument.Parse(files["zoeken/index/manifest.json"]);
        Assert.Equal(Index.Value.Documents.Count, manifest.RootElement.GetProperty("documents").GetInt32());
        var stem = DutchStemmer.Stem("daklozen");
        using var shard = JsonDocument.Parse(files[$"zoeken/index/t/{FullTextIndex.ShardKey(stem)}.json"]);
        Assert.True(shard.RootElement.TryGetProperty(stem, out _));
        Assert.Equal(Index.Value.Documents.Count, files.Keys.Count(p => p.StartsWith("zoeken/index/d/", StringComparison.Ordinal)));
        Assert.Equal("3.1.a", SearchIndexFiles.Ids([3, 4, 14]));
    }
}

using System.Text.Json;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>The accessibility statement says what the browser tests test, from their recorded run, and nothing else.</summary>
[Collection(ProductCollection.Name)]
public sealed class StatementTests(ProductFixture fixture)
{
    private static string Recorded => Path.Combine(Repository.Content, "pages", "toegankelijkheid.tests.json");

    [Fact]
    public void Recorded_audit_covers_exactly_the_criteria_the_suite_tests_and_how()
    {
        using var audit = JsonDocument.Parse(File.ReadAllText(Recorded));
        var recorded = audit.RootElement.GetProperty("criteria").EnumerateArray()
            .Select(c => (c.GetProperty("criterion").GetString(), c.GetProperty("how").GetString())).ToList();

        Assert.Equal(AuditRecord.Criteria.Select(c => ((string?)c.Criterion, (string?)c.How)), recorded);
    }

    [Fact]
    public async Task Statement_page_shows_the_date_and_every_tested_criterion()
    {
        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        var html = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync("/toegankelijkheid/"));
        using var audit = JsonDocument.Parse(File.ReadAllText(Recorded));
        var tested = DateOnly.Parse(audit.RootElement.GetProperty("tested").GetString()!);

        Assert.Contains("Wat wij hebben getest", html);
        Assert.Contains(tested.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL")), html);
        foreach (var (criterion, name, _, _) in AuditRecord.Criteria)
            Assert.Contains($"{criterion} {name}", html);
    }
}

using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Site.Tests;

/// <summary>The shared learning agenda (/leeragenda/): questions several experiments ask, read back from a built site.</summary>
public sealed class LearningAgendaSiteTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    private static Reflection Asking(string slug, int monthsAsked, params (string Question, LearningQuestionStatus Status)[] questions) =>
        ReflectionPageTests.Reflection(slug, 1, Day, 30) with
        {
            LearningQuestions = questions.Select(q => new LearningQuestion(q.Question, q.Status, Day.AddMonths(-monthsAsked))).ToArray(),
        };

    [Fact]
    public async Task A_question_two_experiments_ask_is_listed_with_each_experiment_its_status_and_who_works_on_it()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"),
        [
            Asking("netwerkberaden-walcheren", 6, ("Wie betaalt na de pilot?", LearningQuestionStatus.Open)),
            Asking("jouw-ingebrachte-mentor", 2, ("wie betaalt ná de pilot", LearningQuestionStatus.Answered), ("Werkt het voor jongeren?", LearningQuestionStatus.Open)),
            Asking("basisbudget-jongeren", 2, ("Hoe meten we rust?", LearningQuestionStatus.Open)),
        ]);

        var page = site.Page(SiteUrls.LearningAgenda);
        Assert.Equal("Leeragenda", page.QuerySelector("h1")!.TextContent);
        var shared = Assert.Single(page.QuerySelectorAll("section.shared-question"));
        // Worded as the experiment that asked it first.
        Assert.Equal("Wie betaalt na de pilot?", shared.QuerySelector("h3")!.TextContent);
        Assert.Contains("beantwoord in 1 van de 2", shared.QuerySelector(".meta")!.TextContent);
        var rows = shared.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal(["netwerkberaden-walcheren", "jouw-ingebrachte-mentor"], rows.Select(r => r.GetAttribute("data-experiment")));
        Assert.Equal(["open", "answered"], rows.Select(r => r.GetAttribute("data-status")));
        Assert.Equal("Beantwoord in ronde 1", rows[1].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("/experimenten/jouw-ingebrachte-mentor/", rows[1].QuerySelector("th a")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(rows[0].QuerySelectorAll("td")[3].TextContent));

        // Jeugd holds netwerkberaden and the mentor; its open questions are listed. Wonen holds the mentor and the basisbudget.
        var themes = page.QuerySelectorAll("section.theme-questions").ToDictionary(s => s.GetAttribute("data-theme")!);
        Assert.Equal(["jeugd", "wonen"], themes.Keys);
        Assert.Equal(2, themes["jeugd"].QuerySelectorAll("li").Length);
        Assert.DoesNotContain("wie betaalt ná de pilot", themes["jeugd"].TextContent);
    }

    [Fact]
    public async Task A_question_many_experiments_ask_lists_the_first_of_them_and_says_how_many_ask_it()
    {
        const int copies = Agenda.LearningAgendaPage.AskersShown + 2;
        using var site = await WalcherenCopies.BuildAsync(copies);

        var shared = Assert.Single(site.Page(SiteUrls.LearningAgenda).QuerySelectorAll("section.shared-question"));
        Assert.Equal("Werkt het ook voor gezinnen zonder netwerk?", shared.QuerySelector("h3")!.TextContent);
        Assert.Contains($"{copies + 1}", shared.QuerySelector(".meta")!.TextContent);
        Assert.Equal(Agenda.LearningAgendaPage.AskersShown, shared.QuerySelectorAll("tbody tr").Length);
        var more = shared.QuerySelector("p.more")!;
        Assert.Equal($"De tabel toont {Agenda.LearningAgendaPage.AskersShown} van de {copies + 1} experimenten die deze vraag stellen: eerst de experimenten waar de vraag nog open is. "
            + "Zoek de andere experimenten op de woorden van deze vraag. U vindt dan ook experimenten die deze woorden op een andere plek gebruiken.", more.TextContent);
        // Search reads each experiment's latest learning questions (SearchUpdateTests), so this finds every asker.
        Assert.Equal("/zoeken/?q=Werkt%20het%20ook%20voor%20gezinnen%20zonder%20netwerk%3F&soort=experiment", more.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_shared_questions_the_page_says_so_and_is_linked_from_the_agenda_the_home_page_and_the_sitemap()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"));

        var page = site.Page(SiteUrls.LearningAgenda);
        Assert.Equal(2, page.QuerySelectorAll("main p.empty").Length);
        Assert.NotNull(site.Page(SiteUrls.Agenda).QuerySelector($"main a[href='{SiteUrls.LearningAgenda}']"));
        Assert.NotNull(site.Page("/").QuerySelector($"main a[href='{SiteUrls.LearningAgenda}']"));
        Assert.Contains($"{BuiltSite.BaseUrl.ToString().TrimEnd('/')}{SiteUrls.LearningAgenda}", site.Text("/sitemap.xml"));
    }
}

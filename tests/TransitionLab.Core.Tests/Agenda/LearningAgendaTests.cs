using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Agenda;

public class LearningAgendaTests
{
    private static readonly IReadOnlyList<Experiments.Experiment> Experiments =
    [
        Experiment("a") with { Themes = ["jeugd"] },
        Experiment("b") with { Themes = ["jeugd", "wonen"] },
        Experiment("c") with { Themes = ["wonen"] },
    ];

    private static ReflectionBuilder Asking(string slug, int cycle, params (string Question, LearningQuestionStatus Status)[] questions) =>
        Reflection(cycle).For(slug).With(r => r with
        {
            LearningQuestions = questions.Select(q => new LearningQuestion(q.Question, q.Status, Start.AddMonths(cycle))).ToArray(),
        });

    private static IReadOnlyList<AskedQuestion> Asked(params Reflection[] reflections) =>
        LearningAgenda.Asked(Experiments, ReflectionTimelines.From(reflections));

    [Fact]
    public void A_question_asked_in_two_experiments_is_shared_whatever_its_case_accents_and_punctuation()
    {
        var shared = LearningAgenda.Shared(Asked(
            Asking("a", 1, ("Wie betaalt ná de pilot?", LearningQuestionStatus.Open)).Build(),
            Asking("b", 2, ("wie betaalt na de  pilot", LearningQuestionStatus.Answered), ("Werkt het in de wijk?", LearningQuestionStatus.Open)).Build(),
            Asking("c", 1, ("Werkt het in een andere wijk?", LearningQuestionStatus.Open)).Build()));

        var question = Assert.Single(shared);
        Assert.Equal("Wie betaalt ná de pilot?", question.Question);
        Assert.Equal(["a", "b"], question.Askers.Select(a => a.Experiment.Slug));
        Assert.Equal([LearningQuestionStatus.Open, LearningQuestionStatus.Answered], question.Askers.Select(a => a.Status));
        Assert.Equal(1, question.Answered);
    }

    [Fact]
    public void Only_the_latest_reflection_counts_and_one_experiment_asking_twice_is_not_shared()
    {
        var asked = Asked(
            Asking("a", 1, ("Wie betaalt?", LearningQuestionStatus.Open)).Build(),
            Asking("a", 2, ("Wie betaalt?", LearningQuestionStatus.Open), ("Wie betaalt", LearningQuestionStatus.Open)).Build(),
            Asking("b", 1, ("Wie betaalt?", LearningQuestionStatus.Open)).Build(),
            Asking("b", 2, ("Wat kost het?", LearningQuestionStatus.Open)).Build());

        Assert.Empty(LearningAgenda.Shared(asked));
        Assert.Equal(2, asked.Single(q => q.Experiment.Slug == "b").Cycle);
    }

    [Fact]
    public void A_theme_shows_its_open_questions_when_two_of_its_experiments_ask_one()
    {
        var asked = Asked(
            Asking("a", 1, ("Wie betaalt?", LearningQuestionStatus.Open)).Build(),
            Asking("b", 1, ("Wat kost het?", LearningQuestionStatus.Open)).Build(),
            Asking("c", 1, ("Hoe meten we het?", LearningQuestionStatus.Answered)).Build());

        var themes = LearningAgenda.ByTheme(asked, ["jeugd", "wonen"]);

        var jeugd = Assert.Single(themes);
        Assert.Equal("jeugd", jeugd.ThemeSlug);
        Assert.Equal(["Wie betaalt?", "Wat kost het?"], jeugd.Questions.Select(q => q.Question));
    }
}

using System.Globalization;
using System.Text;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Agenda;

/// <summary>One learning question as an experiment's latest reflection holds it.</summary>
/// <param name="Experiment">The experiment that asks it.</param>
/// <param name="Question">The question as the experiment words it.</param>
/// <param name="Status">Open, or answered in that reflection (the answer is in its learning loop).</param>
/// <param name="FirstSeen">Since when the experiment asks it.</param>
/// <param name="Cycle">The cycle of the reflection that holds it.</param>
public sealed record AskedQuestion(Experiment Experiment, string Question, LearningQuestionStatus Status, DateOnly FirstSeen, int Cycle);

/// <summary>A learning question that two or more experiments ask.</summary>
/// <param name="Question">The wording of the experiment that asked it first.</param>
/// <param name="Askers">The experiments that ask it, open ones first, then by slug.</param>
public sealed record SharedQuestion(string Question, IReadOnlyList<AskedQuestion> Askers)
{
    /// <summary>How many of the experiments answered it in their latest reflection.</summary>
    public int Answered => Askers.Count(a => a.Status == LearningQuestionStatus.Answered);
}

/// <summary>The open learning questions of the experiments in one theme, when two or more of them ask one.</summary>
/// <param name="ThemeSlug">The theme.</param>
/// <param name="Questions">Open questions, oldest first, then by experiment.</param>
public sealed record ThemeQuestions(string ThemeSlug, IReadOnlyList<AskedQuestion> Questions);

/// <summary>
/// The shared learning agenda of reflexive monitoring: which questions several places ask, and who works on an
/// answer. It reads each experiment's latest reflection only, as the other overviews do: that is where a
/// question stands now. Two wordings are the same question when they differ only in case, accents, punctuation
/// or spacing; a rewording beyond that is a different question, because guessing meaning would merge
/// questions their askers keep apart.
/// </summary>
public static class LearningAgenda
{
    /// <summary>Experiments that must ask a question before it is shared.</summary>
    public const int SharedThreshold = 2;

    /// <summary>The learning questions of the experiments' latest reflections, in experiment order.</summary>
    public static IReadOnlyList<AskedQuestion> Asked(IEnumerable<Experiment> experiments, ReflectionTimelines timelines)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        return experiments
            .Select(e => (Experiment: e, Timeline: timelines.Of(e.Slug)))
            .Where(t => t.Timeline.Count > 0)
            .SelectMany(t => t.Timeline[^1].LearningQuestions
                .Where(q => !string.IsNullOrWhiteSpace(q.Question))
                .Select(q => new AskedQuestion(t.Experiment, q.Question.Trim(), q.Status,
                    q.SeenSince(t.Timeline[^1].Date), t.Timeline[^1].Cycle)))
            .ToArray();
    }

    /// <summary>Questions two or more experiments ask (one experiment asking twice counts once), most experiments first.</summary>
    public static IReadOnlyList<SharedQuestion> Shared(IEnumerable<AskedQuestion> asked) => asked
        .GroupBy(a => Key(a.Question), StringComparer.Ordinal)
        .Select(g => g.GroupBy(a => a.Experiment.Slug, StringComparer.Ordinal)
            .Select(e => e.OrderBy(a => a.Status).ThenBy(a => a.FirstSeen).First())
            .ToArray())
        .Where(askers => askers.Length >= SharedThreshold)
        .Select(askers => new SharedQuestion(
            askers.OrderBy(a => a.FirstSeen).ThenBy(a => a.Experiment.Slug, StringComparer.Ordinal).First().Question,
            askers.OrderBy(a => a.Status).ThenBy(a => a.Experiment.Slug, StringComparer.Ordinal).ToArray()))
        .OrderByDescending(s => s.Askers.Count)
        .ThenBy(s => Key(s.Question), StringComparer.Ordinal)
        .ToArray();

    /// <summary>Per theme, in the order given, its experiments' open questions when two or more experiments ask one.</summary>
    public static IReadOnlyList<ThemeQuestions> ByTheme(IEnumerable<AskedQuestion> asked, IEnumerable<string> themeSlugs)
    {
        var open = asked.Where(a => a.Status == LearningQuestionStatus.Open).ToArray();
        return themeSlugs
            .Select(theme => new ThemeQuestions(theme, open
                .Where(a => a.Experiment.Themes.Contains(theme, StringComparer.Ordinal))
                .OrderBy(a => a.FirstSeen).ThenBy(a => a.Experiment.Slug, StringComparer.Ordinal)
                .ToArray()))
            .Where(t => t.Questions.Select(q => q.Experiment.Slug).Distinct(StringComparer.Ordinal).Count() >= SharedThreshold)
            .ToArray();
    }

    /// <summary>
    /// What two wordings of one question have in common: lower case, without accents, punctuation or extra
    /// spacing ("Wie betaalt, ná de pilot?" and "wie betaalt na de pilot" are one question).
    /// </summary>
    public static string Key(string question)
    {
        var sb = new StringBuilder(question.Length);
        var space = false;
        foreach (var c in question.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else space = true;
        }
        return sb.ToString();
    }
}

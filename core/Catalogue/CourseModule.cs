namespace TransitionLab.Core.Catalogue;

/// <summary>A module of the transition management course for senior policy officers.</summary>
public sealed record CourseModule
{
    /// <summary>URL-safe identifier.</summary>
    public required string Slug { get; init; }
    /// <summary>Title as the course overview and reader show it, in Dutch.</summary>
    public required string Title { get; init; }
    /// <summary>Position in the course, starting at 1.</summary>
    public required int Order { get; init; }
    /// <summary>One or two plain sentences under the module's title on the course overview.</summary>
    public required string Summary { get; init; }
    /// <summary>What a participant can do after the module.</summary>
    public required IReadOnlyList<string> LearningGoals { get; init; }
    /// <summary>Slugs of the concepts the module uses.</summary>
    public required IReadOnlyList<string> Concepts { get; init; }
    /// <summary>Slugs of catalogue experiments used as cases.</summary>
    public required IReadOnlyList<string> Cases { get; init; }
    /// <summary>The reflection exercise, in plain Dutch.</summary>
    public required string Exercise { get; init; }
    /// <summary>The hand-in form that fits the exercise.</summary>
    public Course.ExerciseKind ExerciseForm { get; init; } = Course.ExerciseKind.Text;
    /// <summary>Markdown body rendered to HTML.</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>The content file it was read from, relative to the content folder.</summary>
    public string Source { get; init; } = "";
}

namespace TransitionLab.Core.Content;

/// <summary>Kinds of content a front matter field can refer to.</summary>
public enum ContentKind
{
    /// <summary>An experiment, from <c>content/experiments/</c>.</summary>
    Experiment,
    /// <summary>A theme, from <c>content/themes/</c>.</summary>
    Theme,
    /// <summary>A transition concept.</summary>
    Concept,
    /// <summary>A course module.</summary>
    Module,
    /// <summary>A plain page.</summary>
    Page,
    /// <summary>An area (municipality or region).</summary>
    Area,
}

/// <summary>A slug named in a front matter field, checked once every file has been read.</summary>
internal sealed record ContentReference(string File, int Line, string Field, ContentKind Kind, string Slug);

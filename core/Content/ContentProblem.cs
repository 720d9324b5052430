namespace TransitionLab.Core.Content;

/// <summary>One thing wrong in a content file, located well enough to fix it without searching.</summary>
/// <param name="File">Path of the file, relative to the content folder.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record ContentProblem(string File, int Line, string Message)
{
    /// <summary>Compiler-style <c>file:line: message</c>, so editors can jump to it.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

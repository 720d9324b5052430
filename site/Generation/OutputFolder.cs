namespace TransitionLab.Site.Generation;

/// <summary>
/// A build writes into a sibling temporary folder that replaces the output folder only when the
/// build succeeded, so a failed build never leaves half a site over the last good one.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private bool _committed;

    public OutputFolder(string target)
    {
        Target = Path.GetFullPath(target.TrimEnd('/', '\\'));
        Directory.CreateDirectory(Path.GetDirectoryName(Target)!);
        Staging = $"{Target}.building-{Guid.NewGuid():N}";
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The folder the finished site must end up in.</summary>
    public string Target { get; }
    /// <summary>The folder being written.</summary>
    public string Staging { get; }

    /// <summary>Writes a file at a site-relative path inside the staging folder.</summary>
    public async Task WriteAsync(string relativePath, string text, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, cancellationToken);
    }

    /// <summary>Swaps the staging folder in; the previous output is removed only after the swap.</summary>
    public void Commit()
    {
        var previous = $"{Target}.previous-{Guid.NewGuid():N}";
        var hadPrevious = Directory.Exists(Target);
        if (hadPrevious) Directory.Move(Target, previous);
        Directory.Move(Staging, Target);
        _committed = true;
        if (hadPrevious) Directory.Delete(previous, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}

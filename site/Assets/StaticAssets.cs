namespace TransitionLab.Site.Assets;

/// <summary>The stylesheet and script, shipped inside the assembly so a build needs no files beside it.</summary>
public static class StaticAssets
{
    /// <summary>Every asset with its site-relative path.</summary>
    public static IReadOnlyList<(string Path, string Text)> All { get; } = [("style.css", Read("style.css")), ("site.js", Read("site.js")), ("search.js", Read("search.js"))];

    private static string Read(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream($"TransitionLab.Site.Assets.{name}")
                           ?? throw new InvalidOperationException($"asset {name} is not embedded in the site assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace TransitionLab.Site.Assets;

/// <summary>
/// The stylesheet and scripts, shipped inside the assembly so a build needs no files beside it. Pages link to
/// copies whose names carry a hash of their content (<c>/style.3f2a9c1b7d.css</c>): a browser or CDN may keep
/// such a file for a year, because a changed file gets a new name. The plain names are written too, for links
/// from outside the site.
/// </summary>
public static class StaticAssets
{
    private static readonly Asset StyleAsset = Load("style", "css");
    private static readonly Asset ScriptAsset = Load("site", "js");
    private static readonly Asset SearchAsset = Load("search", "js");
    private static readonly Asset CompareAsset = Load("compare", "js");

    /// <summary>The site-relative path pages link for the stylesheet, with its content hash.</summary>
    public static string Stylesheet => "/" + StyleAsset.HashedPath;

    /// <summary>The site-relative path pages link for the script, with its content hash.</summary>
    public static string Script => "/" + ScriptAsset.HashedPath;

    /// <summary>The site-relative path the search page links for its script, with its content hash.</summary>
    public static string SearchScript => "/" + SearchAsset.HashedPath;

    /// <summary>The site-relative path the static comparison page links for its script, with its content hash.</summary>
    public static string CompareScript => "/" + CompareAsset.HashedPath;

    /// <summary>Every file to write, under its plain and its hashed name.</summary>
    public static IReadOnlyList<(string Path, string Text)> All { get; } =
    [
        (StyleAsset.PlainPath, StyleAsset.Text), (StyleAsset.HashedPath, StyleAsset.Text),
        (ScriptAsset.PlainPath, ScriptAsset.Text), (ScriptAsset.HashedPath, ScriptAsset.Text),
        (SearchAsset.PlainPath, SearchAsset.Text), (SearchAsset.HashedPath, SearchAsset.Text),
        (CompareAsset.PlainPath, CompareAsset.Text), (CompareAsset.HashedPath, CompareAsset.Text),
    ];

    /// <summary>
    /// Whether <paramref name="path"/> (site-relative, with or without its leading slash) names a copy whose name
    /// changes with its content, and so may be cached for good.
    /// </summary>
    public static bool IsHashed(string path)
    {
        var name = path.TrimStart('/');
        return name == StyleAsset.HashedPath || name == ScriptAsset.HashedPath || name == SearchAsset.HashedPath || name == CompareAsset.HashedPath;
    }

    /// <summary>The <c>Cache-Control</c> value for a file <see cref="IsHashed"/> names.</summary>
    public const string HashedCacheControl = "public, max-age=31536000, immutable";

    private sealed record Asset(string PlainPath, string HashedPath, string Text);

    private static Asset Load(string name, string extension)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream($"TransitionLab.Site.Assets.{name}.{extension}")
                           ?? throw new InvalidOperationException($"asset {name}.{extension} is not embedded in the site assembly");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
        return new Asset($"{name}.{extension}", $"{name}.{hash}.{extension}", text);
    }
}

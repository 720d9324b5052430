namespace TransitionLab.Api.Store;

/// <summary>Where the LiteDB file lives.</summary>
public sealed record StoreOptions(string DataFolder)
{
    /// <summary>The one database file of the API.</summary>
    public const string FileName = "transitionlab.db";

    /// <summary>Full path of the database file.</summary>
    public string FilePath => Path.Combine(DataFolder, FileName);

    /// <summary>The write journal next to it: every write is on disk here before it is acknowledged.</summary>
    public string JournalPath => Path.Combine(DataFolder, "transitionlab.journal");

    /// <summary>Whether the folder came from <c>--data</c>, <c>Data</c> or <c>TRANSITIONLAB_DATA</c> rather than the default.</summary>
    public bool Chosen { get; init; }

    /// <summary>
    /// <c>--data</c> / configuration key <c>Data</c> wins, then the environment variable <c>TRANSITIONLAB_DATA</c>,
    /// then <see cref="DefaultFolder"/>.
    /// </summary>
    public static StoreOptions From(IConfiguration configuration) =>
        configuration["Data"] is { Length: > 0 } configured ? new(Path.GetFullPath(configured)) { Chosen = true }
        : Environment.GetEnvironmentVariable("TRANSITIONLAB_DATA") is { Length: > 0 } fromEnv ? new(Path.GetFullPath(fromEnv)) { Chosen = true }
        : new(DefaultFolder);

    /// <summary>
    /// The same folder however the product is started (<c>dotnet run</c> from any folder, the built dll, a service):
    /// <c>transitionlab</c> in the user's data folder (<c>$XDG_DATA_HOME</c>, else <c>~/.local/share</c>; on Windows
    /// <c>%LOCALAPPDATA%</c>). It is never inside a clone of the repository, so no store, key or audit entry can be
    /// committed by accident. Without a home folder (some containers): <c>/var/lib/transitionlab</c>.
    /// </summary>
    public static string DefaultFolder =>
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } user
            ? Path.Combine(user, "transitionlab")
            : "/var/lib/transitionlab";

    /// <summary>Where versions before the fixed default put the store: <c>data/</c> in the folder the API was started from.</summary>
    public static string OldDefaultFolder => Path.GetFullPath("data");
}

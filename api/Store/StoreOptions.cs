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

    /// <summary>
    /// <c>--data</c> / configuration key <c>Data</c> wins, then the environment variable
    /// <c>TRANSITIONLAB_DATA</c>, then <c>data/</c> in the current directory.
    /// </summary>
    public static StoreOptions From(IConfiguration configuration) =>
        new(Path.GetFullPath(configuration["Data"] is { Length: > 0 } configured ? configured
            : Environment.GetEnvironmentVariable("TRANSITIONLAB_DATA") is { Length: > 0 } fromEnv ? fromEnv
            : "data"));
}

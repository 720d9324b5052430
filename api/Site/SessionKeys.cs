using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TransitionLab.Api.Site;

/// <summary>
/// The ASP.NET Data Protection keys that sign the frontrunners' session cookies. They live in
/// <c>&lt;data&gt;/dataprotection</c>, so sessions survive a restart, in a folder only the service's user may open.
/// They are kept as plain XML, like the store beside them (whoever can read the store has more than a session):
/// that is said to the library as a decision, so its start-up warning about a missing encryptor does not appear,
/// and in api/README.md. An encryptor configured elsewhere (a certificate) still wins.
/// </summary>
public static class SessionKeys
{
    /// <summary>The folder under the data folder that holds the keys.</summary>
    public const string FolderName = "dataprotection";

    /// <summary>Registers Data Protection with its keys in <paramref name="dataFolder"/>.</summary>
    public static IServiceCollection AddSessionKeys(this IServiceCollection services, string dataFolder)
    {
        services.AddDataProtection()
            .SetApplicationName("TransitionLab")
            .PersistKeysToFileSystem(OwnerOnlyFolder(Path.Combine(dataFolder, FolderName)));
        services.Configure<KeyManagementOptions>(options => options.XmlEncryptor ??= new NullXmlEncryptor());
        return services;
    }

    // Created owner-only (0700) where the platform has Unix modes; an existing folder keeps the mode its owner gave it.
    private static DirectoryInfo OwnerOnlyFolder(string path) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(path)
        : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}

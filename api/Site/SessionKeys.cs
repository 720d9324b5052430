using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace TransitionLab.Api.Site;

/// <summary>
/// Where the keys that sign the frontrunners' session cookies are, and whether they are encrypted at rest; the
/// start-up notice says what that means for an administrator.
/// </summary>
/// <param name="Folder">The key folder inside the data folder.</param>
/// <param name="Encrypted">Whether new keys are encrypted with the configured certificate.</param>
public sealed record SessionKeyStore(string Folder, bool Encrypted);

/// <summary>
/// The ASP.NET Data Protection keys that sign the session cookies. They live in <c>&lt;data&gt;/dataprotection</c>,
/// so sessions survive a restart, in a folder only the service's user may open. With configuration
/// <c>DataProtection:Certificate</c> (a .pfx file, password in <c>DataProtection:CertificatePassword</c>) new keys
/// are encrypted with that certificate. Without it they are plain XML, like the store beside them (whoever can read
/// the store has more than a session): that is told to the library as a decision, so its warning about a missing
/// encryptor on every new key does not appear, and the start-up log says it once in plain words instead.
/// </summary>
public static class SessionKeys
{
    /// <summary>The folder under the data folder that holds the keys.</summary>
    public const string FolderName = "dataprotection";

    /// <summary>Registers Data Protection with its keys in <paramref name="dataFolder"/>, and <see cref="SessionKeyStore"/>.</summary>
    public static IServiceCollection AddSessionKeys(this IServiceCollection services, string dataFolder, IConfiguration configuration)
    {
        var folder = Path.Combine(dataFolder, FolderName);
        var certificate = LoadCertificate(configuration);
        var protection = services.AddDataProtection()
            .SetApplicationName("TransitionLab")
            .PersistKeysToFileSystem(OwnerOnlyFolder(folder));
        if (certificate is not null) protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        else services.Configure<KeyManagementOptions>(options => options.XmlEncryptor ??= new NullXmlEncryptor());
        services.AddSingleton(new SessionKeyStore(folder, certificate is not null));
        return services;
    }

    private static X509Certificate2? LoadCertificate(IConfiguration configuration) =>
        configuration["DataProtection:Certificate"] is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"])
            : null;

    // Created owner-only (0700) where the platform has Unix modes, also should the process umask not be in force;
    // an existing folder keeps the mode its owner gave it (the start-up notice warns when that is too wide).
    private static DirectoryInfo OwnerOnlyFolder(string path) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(path)
        : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}

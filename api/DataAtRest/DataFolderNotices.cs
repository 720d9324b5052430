using TransitionLab.Api.Site;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.DataAtRest;

/// <summary>
/// At start: says where the data is, and warns about what an administrator should fix there: a folder or files
/// that others may read, a store left in the old default place, and Data Protection keys kept unencrypted.
/// </summary>
internal sealed class DataFolderNotices(StoreOptions store, SessionKeyStore keys, ILogger<DataFolderNotices> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("TransitionLab data: {Folder}", store.DataFolder);
        var tooWide = OwnerOnly.TooWide(store.DataFolder);
        if (tooWide.Count > 0)
            logger.LogWarning("The data folder holds reflections, key hashes and the audit log, but others on this machine may read: {Entries}. " +
                "Make it owner-only: chmod -R go-rwx {Folder}", string.Join(", ", tooWide), store.DataFolder);
        if (!store.Chosen && File.Exists(Path.Combine(StoreOptions.OldDefaultFolder, StoreOptions.FileName)) && StoreOptions.OldDefaultFolder != store.DataFolder)
            logger.LogWarning("A store from an older version is in {Old}; this start uses {Folder}. To keep using the old store, start with " +
                "--data {Old}, or move its files into {Folder} while the API is stopped.", StoreOptions.OldDefaultFolder, store.DataFolder, StoreOptions.OldDefaultFolder, store.DataFolder);
        if (!keys.Encrypted)
            logger.LogInformation("The keys that sign session cookies are stored unencrypted in {Folder}: whoever can read that folder can " +
                "forge a signed-in session. The folder is readable by this user only; to encrypt the keys, set DataProtection:Certificate " +
                "to a .pfx file (and DataProtection:CertificatePassword).", keys.Folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

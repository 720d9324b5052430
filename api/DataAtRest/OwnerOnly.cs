using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace TransitionLab.Api.DataAtRest;

/// <summary>
/// Everything the product writes (the store, its journal and log, the lock file, the Data Protection keys, the
/// built site, backups and exports) is for the service's own user only: files 0600, folders 0700. Set once at
/// start as the process's umask, so a file added later by any part of the product, or by a library, is covered
/// without each place remembering it.
/// </summary>
public static partial class OwnerOnly
{
    /// <summary>Group and others get nothing: umask 077.</summary>
    private const uint NoGroupNoOthers = 0b000_111_111;

    /// <summary>The rights that are too wide for a data folder or file: anything for group or others.</summary>
    public const UnixFileMode GroupOrOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Makes files and folders created from now on owner-only (Unix; Windows folders inherit their ACLs).</summary>
    public static void ForNewFiles()
    {
        if (!OperatingSystem.IsWindows()) _ = SetUmask(NoGroupNoOthers);
    }

    /// <summary>
    /// The data folder itself and what lies directly in it (and in its <c>dataprotection</c> folder) that group or
    /// others may read: a store made by an older version or copied in by hand. Empty on Windows.
    /// </summary>
    public static IReadOnlyList<string> TooWide(string folder)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(folder)) return [];
        return WideEntries(folder);
    }

    [UnsupportedOSPlatform("windows")]
    private static string[] WideEntries(string folder)
    {
        var keys = Path.Combine(folder, "dataprotection");
        var entries = new[] { folder }.Concat(Directory.EnumerateFileSystemEntries(folder))
            .Concat(Directory.Exists(keys) ? Directory.EnumerateFileSystemEntries(keys) : []);
        return entries.Where(e => (File.GetUnixFileMode(e) & GroupOrOthers) != 0)
            .Select(e => $"{e} ({Describe(File.GetUnixFileMode(e), Directory.Exists(e))})").ToArray();
    }

    private static string Describe(UnixFileMode mode, bool folder) => (folder ? "d" : "-") + new string(
    [
        Bit(mode, UnixFileMode.UserRead, 'r'), Bit(mode, UnixFileMode.UserWrite, 'w'), Bit(mode, UnixFileMode.UserExecute, 'x'),
        Bit(mode, UnixFileMode.GroupRead, 'r'), Bit(mode, UnixFileMode.GroupWrite, 'w'), Bit(mode, UnixFileMode.GroupExecute, 'x'),
        Bit(mode, UnixFileMode.OtherRead, 'r'), Bit(mode, UnixFileMode.OtherWrite, 'w'), Bit(mode, UnixFileMode.OtherExecute, 'x'),
    ]);

    private static char Bit(UnixFileMode mode, UnixFileMode bit, char set) => (mode & bit) != 0 ? set : '-';

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint SetUmask(uint mask);
}

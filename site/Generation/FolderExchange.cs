using System.Runtime.InteropServices;

namespace TransitionLab.Site.Generation;

/// <summary>
/// Swaps the names of two folders in one step where Linux allows it (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>),
/// so a server reading the one name never finds it missing. Two renames would leave a moment without a site.
/// </summary>
internal static class FolderExchange
{
    private const int CurrentFolder = -100;
    private const uint Exchange = 2;

    /// <summary>Exchanges <paramref name="first"/> and <paramref name="second"/>; false where this system cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(CurrentFolder, first, CurrentFolder, second, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28 lacks renameat2; the caller renames twice.
            return false;
        }
    }

    // DllImport rather than LibraryImport, as in the API's Fsync: one call per build does not justify AllowUnsafeBlocks.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}

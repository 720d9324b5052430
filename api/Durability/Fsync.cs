using System.Runtime.InteropServices;

namespace TransitionLab.Api.Durability;

/// <summary>
/// Forces a file's or a directory's state past the operating system's cache onto the device.
/// </summary>
public static class Fsync
{
    /// <summary>Flushes the contents and metadata (such as length) of the file at <paramref name="path"/> to disk.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static void File(string path)
    {
        using var handle = System.IO.File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.FlushToDisk(handle);
    }

    /// <summary>
    /// Flushes the directory entries of <paramref name="path"/> to disk, so that a file created, renamed or
    /// deleted in it stays so after a power loss. Does nothing on Windows, where NTFS journals names itself
    /// and a directory cannot be flushed.
    /// </summary>
    /// <exception cref="IOException">The directory could not be opened or flushed.</exception>
    public static void Directory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // .NET refuses to open a directory as a file (File.OpenHandle throws UnauthorizedAccessException),
        // so this goes to libc: open(O_RDONLY), fsync, close.
        int fd = Open(path, OpenReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory '{path}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }
        try
        {
            if (FileSync(fd) != 0)
            {
                throw new IOException($"Cannot flush directory '{path}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private const int OpenReadOnly = 0;

    // DllImport rather than LibraryImport: the generated marshalling of a string needs
    // AllowUnsafeBlocks in the project, which three calls made once per start-up do not justify.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int FileSync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}

using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace TransitionLab.Site.Generation;

/// <summary>
/// A build writes into a sibling temporary folder that replaces the output folder only when the
/// build succeeded, so a failed build never leaves half a site over the last good one. A file whose
/// content equals the one already in the output folder is hard-linked instead of written, so a rebuild
/// leaves its modification time alone (rsync, CDN uploads and browsers' caches see it unchanged) and
/// writes only what changed.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    private readonly bool _hasPrevious;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _committed;
    private int _unchanged;

    public OutputFolder(string target)
    {
        Target = Path.GetFullPath(target.TrimEnd('/', '\\'));
        Directory.CreateDirectory(Path.GetDirectoryName(Target)!);
        _hasPrevious = Directory.Exists(Target);
        Staging = $"{Target}.building-{Guid.NewGuid():N}";
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The folder the finished site must end up in.</summary>
    public string Target { get; }
    /// <summary>The folder being written.</summary>
    public string Staging { get; }
    /// <summary>Files kept from the previous build because their content did not change.</summary>
    public int Unchanged => _unchanged;

    /// <summary>Writes a UTF-8 text file at a site-relative path inside the staging folder.</summary>
    public void Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Writes a file at a site-relative path inside the staging folder, or keeps the previous one when
    /// equal. Synchronous on purpose: Linux has no asynchronous file I/O, so an async write is the same
    /// blocking call moved to another pool thread, and with 11,000 small files the hops cost more than
    /// the writes. Callers already write from one worker per core.
    /// </summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var path = Path.Combine(Staging, relativePath);
        EnsureFolder(Path.GetDirectoryName(path)!);
        if (_hasPrevious)
        {
            var previous = Path.Combine(Target, relativePath);
            if (SameContent(previous, content) && FileLinks.TryKeep(previous, path))
            {
                Interlocked.Increment(ref _unchanged);
                return;
            }
        }
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, content, fileOffset: 0);
    }

    // Most pages get a folder of their own, but their parents are shared by thousands of pages: asking
    // the file system whether "experimenten/" exists once per page is a wasted system call each time.
    private void EnsureFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    /// <summary>Swaps the staging folder in; the previous output is removed only after the swap.</summary>
    public void Commit()
    {
        if (Directory.Exists(Target) && FolderExchange.TryExchange(Staging, Target))
        {
            // The staging name now holds the previous output.
            _committed = true;
            Directory.Delete(Staging, recursive: true);
            return;
        }
        var previous = $"{Target}.previous-{Guid.NewGuid():N}";
        var hadPrevious = Directory.Exists(Target);
        if (hadPrevious) Directory.Move(Target, previous);
        Directory.Move(Staging, Target);
        _committed = true;
        if (hadPrevious) Directory.Delete(previous, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }

    /// <summary>Whether the file at <paramref name="path"/> exists and holds exactly <paramref name="content"/>.</summary>
    internal static bool SameContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            int read = 0, n;
            while (read < content.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, content.Length - read), read)) > 0) read += n;
            return read == content.Length && buffer.AsSpan(0, content.Length).SequenceEqual(content);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Keeps an unchanged file in the new build without writing its bytes again.</summary>
    private static class FileLinks
    {
        private static bool _linksWork = !OperatingSystem.IsWindows();

        /// <summary>Hard-links <paramref name="existing"/> at <paramref name="path"/>, or copies it with its time where links do not work.</summary>
        public static bool TryKeep(string existing, string path)
        {
            if (_linksWork)
            {
                try
                {
                    if (link(existing, path) == 0) return true;
                }
                catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
                {
                    _linksWork = false;
                }
            }
            try
            {
                File.Copy(existing, path);
                File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(existing));
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }

        // POSIX link(2): .NET has no managed call for hard links.
        [DllImport("libc", SetLastError = true)]
        private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
    }
}

using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace TransitionLab.Api.Durability;

/// <summary>Reads and empties journal files written by <see cref="DurableJournal{T}"/>.</summary>
public static class JournalFile
{
    /// <summary>
    /// Reads the entries of the journal at <paramref name="path"/> in order and stops, without throwing, at the
    /// first line that is torn, fails its checksum or breaks the sequence; everything from there on is reported
    /// as discarded. A missing file reads as empty.
    /// </summary>
    /// <param name="path">The journal file.</param>
    /// <param name="json">The serializer options the journal was written with; <see cref="JsonSerializerOptions.Default"/> when null.</param>
    public static JournalContents<T> ReadAll<T>(string path, JsonSerializerOptions? json = null)
    {
        if (!File.Exists(path))
        {
            return JournalContents<T>.Empty;
        }
        return Parse<T>(File.ReadAllBytes(path), json ?? JsonSerializerOptions.Default);
    }

    /// <summary>Empties the journal at <paramref name="path"/> and flushes that to disk; a missing file stays missing.</summary>
    public static void Truncate(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite);
        TruncateTo(handle, 0);
    }

    /// <summary>Cuts the file to <paramref name="length"/> and waits until the new length is on disk.</summary>
    internal static void TruncateTo(SafeFileHandle handle, long length)
    {
        RandomAccess.SetLength(handle, length);
        RandomAccess.FlushToDisk(handle);
    }

    /// <summary>Reads the whole file behind an already open handle.</summary>
    internal static byte[] ReadBytes(SafeFileHandle handle)
    {
        var bytes = new byte[RandomAccess.GetLength(handle)];
        int read = 0;
        while (read < bytes.Length)
        {
            int n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        return read == bytes.Length ? bytes : bytes[..read];
    }

    internal static JournalContents<T> Parse<T>(ReadOnlySpan<byte> bytes, JsonSerializerOptions json)
    {
        var entries = new List<T>();
        long lastSequence = 0;
        int valid = 0;
        while (valid < bytes.Length)
        {
            ReadOnlySpan<byte> rest = bytes[valid..];
            int end = JournalLine.EndOfLine(rest);
            if (end < 0 || !JournalLine.TryRead(rest[..end], json, out long sequence, out T entry))
            {
                break;
            }

            // Sequence numbers rise by one; a gap or repeat means lines from another write landed here,
            // so nothing after it can be trusted either. The first line may carry any number: a journal
            // that is reset while running keeps counting.
            if (entries.Count > 0 && sequence != lastSequence + 1)
            {
                break;
            }
            entries.Add(entry);
            lastSequence = sequence;
            valid += end + 1;
        }
        return new JournalContents<T>(entries, lastSequence, valid, bytes.Length - valid);
    }
}

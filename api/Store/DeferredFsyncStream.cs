namespace TransitionLab.Api.Store;

/// <summary>
/// A file stream for LiteDB that hands writes to the operating system but leaves forcing them onto the device
/// to its owner (<see cref="FlushToDisk"/>).
/// </summary>
/// <remarks>
/// LiteDB 5.0.20 forces its log to disk several times per commit (it calls <c>FileStream.Flush(true)</c>
/// whenever the stream is a <see cref="FileStream"/>), which made the commit, not the journal, the bottleneck.
/// Every journaled write is already on disk in the journal before LiteDB sees it, and recovery forces
/// LiteDB's files to disk before the journal is emptied, so these fsyncs bought nothing for journaled writes.
/// Wrapping the file hides it from that check; writes outside the journal call <see cref="FlushToDisk"/>.
/// </remarks>
public sealed class DeferredFsyncStream(FileStream file) : Stream
{
    /// <summary>Opens (or creates) <paramref name="path"/> for LiteDB, shared with nobody.</summary>
    public static DeferredFsyncStream Open(string path) =>
        new(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.RandomAccess));

    /// <summary>The file behind the stream.</summary>
    public string Path => file.Name;

    /// <summary>Forces everything written so far onto the device.</summary>
    // Unbuffered (bufferSize 0): every write is already with the operating system, so an fsync on the handle
    // needs no lock against LiteDB's writers and Flush has nothing to do.
    public void FlushToDisk() => RandomAccess.FlushToDisk(file.SafeFileHandle);

    /// <inheritdoc />
    public override void Flush() { }

    /// <summary>Copies the whole file through its own handle (the file is locked against other openers).</summary>
    public void CopyFileTo(Stream destination)
    {
        var buffer = new byte[81920];
        long length = RandomAccess.GetLength(file.SafeFileHandle);
        for (long offset = 0; offset < length;)
        {
            int read = RandomAccess.Read(file.SafeFileHandle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - offset)), offset);
            if (read == 0) break;
            destination.Write(buffer, 0, read);
            offset += read;
        }
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);
    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);
    /// <inheritdoc />
    public override void SetLength(long value) => file.SetLength(value);
    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => file.Write(buffer, offset, count);
    /// <inheritdoc />
    public override bool CanRead => file.CanRead;
    /// <inheritdoc />
    public override bool CanSeek => file.CanSeek;
    /// <inheritdoc />
    public override bool CanWrite => file.CanWrite;
    /// <inheritdoc />
    public override long Length => file.Length;
    /// <inheritdoc />
    public override long Position { get => file.Position; set => file.Position = value; }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) file.Dispose();
        base.Dispose(disposing);
    }
}

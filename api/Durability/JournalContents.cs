namespace TransitionLab.Api.Durability;

/// <summary>What a journal file holds up to its first torn or corrupt line.</summary>
/// <typeparam name="T">The entry type the journal was written with.</typeparam>
/// <param name="Entries">The trustworthy entries, in the order they were made durable.</param>
/// <param name="LastSequence">The sequence number of the last trustworthy entry; 0 when there is none.</param>
/// <param name="ValidLength">The length in bytes of the trustworthy part of the file.</param>
/// <param name="DiscardedBytes">
/// The bytes after <paramref name="ValidLength"/>: a write that a crash cut off, or damage. They were never
/// acknowledged when they come from a crash; anything else there is lost.
/// </param>
public sealed record JournalContents<T>(IReadOnlyList<T> Entries, long LastSequence, long ValidLength, long DiscardedBytes)
{
    /// <summary>The contents of a journal that does not exist yet or is empty.</summary>
    public static JournalContents<T> Empty { get; } = new([], 0, 0, 0);
}

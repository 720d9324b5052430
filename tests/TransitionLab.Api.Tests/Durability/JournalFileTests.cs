using System.Text;
using TransitionLab.Api.Durability;

namespace TransitionLab.Api.Tests.Durability;

public sealed class JournalFileTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_missing_journal_reads_as_empty()
    {
        Assert.Equal(JournalContents<JournaledReflection>.Empty, JournalFile.ReadAll<JournaledReflection>(_folder.Journal));
    }

    [Fact]
    public async Task A_changed_payload_in_the_middle_stops_the_read_there()
    {
        string[] lines = await WriteJournalAsync(5);
        string third = lines[2];
        lines[2] = third.Replace("schuldhulp", "schuldhulP", StringComparison.Ordinal);
        Assert.NotEqual(third, lines[2]);
        await File.WriteAllTextAsync(_folder.Journal, string.Concat(lines.Select(line => line + "\n")));

        JournalContents<JournaledReflection> contents = JournalFile.ReadAll<JournaledReflection>(_folder.Journal);

        Assert.Equal(["r1", "r2"], contents.Entries.Select(entry => entry.Id));
        Assert.Equal(2, contents.LastSequence);
        long firstTwo = Encoding.UTF8.GetByteCount(lines[0] + "\n" + lines[1] + "\n");
        Assert.Equal(firstTwo, contents.ValidLength);
        Assert.Equal(new FileInfo(_folder.Journal).Length - firstTwo, contents.DiscardedBytes);
    }

    [Fact]
    public async Task A_missing_line_breaks_the_sequence_and_stops_the_read_there()
    {
        string[] lines = await WriteJournalAsync(3);
        await File.WriteAllTextAsync(_folder.Journal, lines[0] + "\n" + lines[2] + "\n");

        JournalContents<JournaledReflection> contents = JournalFile.ReadAll<JournaledReflection>(_folder.Journal);

        Assert.Equal(["r1"], contents.Entries.Select(entry => entry.Id));
        Assert.Equal(Encoding.UTF8.GetByteCount(lines[2] + "\n"), contents.DiscardedBytes);
    }

    [Fact]
    public async Task Zeros_left_by_a_crash_after_the_last_line_are_discarded()
    {
        await WriteJournalAsync(2);
        await using (var file = new FileStream(_folder.Journal, FileMode.Append, FileAccess.Write))
        {
            await file.WriteAsync(new byte[4096]);
        }

        JournalContents<JournaledReflection> contents = JournalFile.ReadAll<JournaledReflection>(_folder.Journal);

        Assert.Equal(2, contents.Entries.Count);
        Assert.Equal(4096, contents.DiscardedBytes);
    }

    [Fact]
    public async Task Truncate_empties_the_journal()
    {
        await WriteJournalAsync(2);

        JournalFile.Truncate(_folder.Journal);

        Assert.Equal(0, new FileInfo(_folder.Journal).Length);
    }

    private async Task<string[]> WriteJournalAsync(int count)
    {
        await using (var journal = DurableJournal<JournaledReflection>.Open(_folder.Journal))
        {
            for (int n = 1; n <= count; n++)
            {
                await journal.AppendAsync(new JournaledReflection($"r{n}", 1, "schuldhulp"));
            }
        }
        return (await File.ReadAllLinesAsync(_folder.Journal)).ToArray();
    }
}

using TransitionLab.Api.Durability;

namespace TransitionLab.Api.Tests.Durability;

public sealed class DurableJournalTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    private string Journal => _folder.Journal;

    public void Dispose() => _folder.Dispose();

    private static JournaledReflection Reflection(int n, string observed = "wachtlijst korter") => new($"r{n}", 1, observed);

    [Fact]
    public async Task Concurrent_appends_are_all_read_back_once_in_the_order_they_became_durable()
    {
        const int Writers = 64;
        const int PerWriter = 32;
        var seenByStore = new List<JournaledReflection>();
        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal, batch =>
        {
            seenByStore.AddRange(batch);
            return Task.CompletedTask;
        }))
        {
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (int revision = 1; revision <= PerWriter; revision++)
                {
                    await journal.AppendAsync(new JournaledReflection($"w{writer}", revision, "buurtteam"));
                }
            })));

            Assert.True(journal.FsyncCount < Writers * PerWriter, $"{journal.FsyncCount} fsyncs for {Writers * PerWriter} entries");
        }

        JournalContents<JournaledReflection> contents = JournalFile.ReadAll<JournaledReflection>(Journal);
        Assert.Equal(0, contents.DiscardedBytes);
        Assert.Equal(Writers * PerWriter, contents.Entries.Count);
        Assert.Equal(Writers * PerWriter, contents.Entries.Distinct().Count());
        Assert.Equal(seenByStore, contents.Entries);
        foreach (var writer in contents.Entries.GroupBy(entry => entry.Id))
        {
            Assert.Equal(Enumerable.Range(1, PerWriter), writer.Select(entry => entry.Revision));
        }
    }

    [Fact]
    public async Task Appends_queued_while_a_batch_is_being_written_share_one_fsync()
    {
        var gate = new FirstBatchGate();
        await using var journal = DurableJournal<JournaledReflection>.Open(Journal, gate.OnBatchDurable);

        Task first = journal.AppendAsync(Reflection(0));
        await gate.Entered;
        Task[] queued = Enumerable.Range(1, 100).Select(n => journal.AppendAsync(Reflection(n))).ToArray();
        gate.Release();
        await first;
        await Task.WhenAll(queued);

        Assert.Equal([1, 100], gate.BatchSizes);
        Assert.Equal(2, journal.FsyncCount);
    }

    [Fact]
    public async Task A_failing_batch_callback_fails_that_batch_only_and_its_entries_are_not_replayed()
    {
        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal, batch =>
            batch.Any(entry => entry.Observed == "store refuses")
                ? Task.FromException(new InvalidOperationException("store refuses"))
                : Task.CompletedTask))
        {
            await journal.AppendAsync(Reflection(1));
            long lengthBefore = new FileInfo(Journal).Length;
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => journal.AppendAsync(Reflection(2, "store refuses")));
            Assert.Equal("store refuses", refused.Message);
            Assert.Equal(lengthBefore, new FileInfo(Journal).Length);
            await journal.AppendAsync(Reflection(3));
        }

        AssertJournalHolds("r1", "r3");
    }

    [Fact]
    public async Task An_append_cancelled_while_queued_is_not_written_and_the_file_stays_whole()
    {
        var gate = new FirstBatchGate();
        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal, gate.OnBatchDurable))
        {
            Task first = journal.AppendAsync(Reflection(1));
            await gate.Entered;
            using var cancellation = new CancellationTokenSource();
            Task cancelled = journal.AppendAsync(Reflection(2), cancellation.Token);
            await cancellation.CancelAsync();
            gate.Release();

            await first;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
            await journal.AppendAsync(Reflection(3));
        }

        AssertJournalHolds("r1", "r3");
    }

    [Fact]
    public async Task An_append_with_an_already_cancelled_token_writes_nothing()
    {
        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => journal.AppendAsync(Reflection(1), new CancellationToken(canceled: true)));
            Assert.Equal(0, journal.FsyncCount);
        }

        Assert.Equal(0, new FileInfo(Journal).Length);
    }

    [Fact]
    public async Task Reopening_cuts_a_torn_tail_and_the_next_append_is_readable()
    {
        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal))
        {
            for (int n = 1; n <= 3; n++)
            {
                await journal.AppendAsync(Reflection(n));
            }
        }
        long whole = new FileInfo(Journal).Length;
        byte[] halfALine = "{\"seq\":4,\"crc32\":\"1a2b"u8.ToArray();
        await AppendRawAsync(halfALine);

        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal))
        {
            Assert.Equal(3, journal.Recovered.Entries.Count);
            Assert.Equal(halfALine.Length, journal.Recovered.DiscardedBytes);
            Assert.Equal(whole, new FileInfo(Journal).Length);
            await journal.AppendAsync(Reflection(4));
        }

        Assert.Equal(4, AssertJournalHolds("r1", "r2", "r3", "r4").LastSequence);
    }

    [Fact]
    public async Task Reset_empties_the_journal_after_the_store_is_durable_and_appends_continue()
    {
        bool storeMadeDurable = false;
        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal))
        {
            await journal.AppendAsync(Reflection(1));
            await journal.AppendAsync(Reflection(2));

            await journal.ResetAsync(() =>
            {
                Assert.Equal(2, JournalFile.ReadAll<JournaledReflection>(Journal).Entries.Count);
                storeMadeDurable = true;
                return Task.CompletedTask;
            });
            Assert.Equal(0, new FileInfo(Journal).Length);

            await journal.AppendAsync(Reflection(3));
        }

        Assert.True(storeMadeDurable);
        AssertJournalHolds("r3");
    }

    [Fact]
    public async Task A_reset_whose_store_flush_fails_keeps_the_journal()
    {
        await using (var journal = DurableJournal<JournaledReflection>.Open(Journal))
        {
            await journal.AppendAsync(Reflection(1));
            await Assert.ThrowsAsync<IOException>(() => journal.ResetAsync(() => Task.FromException(new IOException("disk full"))));
            await journal.AppendAsync(Reflection(2));
        }

        AssertJournalHolds("r1", "r2");
    }

    [Fact]
    public async Task Appending_after_dispose_is_refused()
    {
        var journal = DurableJournal<JournaledReflection>.Open(Journal);
        await journal.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.AppendAsync(Reflection(1)));
    }

    private JournalContents<JournaledReflection> AssertJournalHolds(params string[] ids)
    {
        JournalContents<JournaledReflection> contents = JournalFile.ReadAll<JournaledReflection>(Journal);
        Assert.Equal(ids, contents.Entries.Select(entry => entry.Id));
        Assert.Equal(0, contents.DiscardedBytes);
        return contents;
    }

    private async Task AppendRawAsync(byte[] bytes)
    {
        await using var file = new FileStream(Journal, FileMode.Append, FileAccess.Write);
        await file.WriteAsync(bytes);
    }
}

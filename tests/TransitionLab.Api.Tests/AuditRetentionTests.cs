using TransitionLab.Api.Audit;

namespace TransitionLab.Api.Tests;

/// <summary>The audit log keeps who did what for <c>Audit:RetentionDays</c>, then lets it go.</summary>
public sealed class AuditRetentionTests
{
    private static void Seed(string data)
    {
        using var api = new ApiFactory(dataFolder: data);
        var now = DateTime.UtcNow;
        api.Database.Audit.Insert(new AuditEntry { KeyId = "key_old", At = now.AddDays(-(AuditRetention.DefaultDays + 1)), Action = "reflection.create", Target = "old" });
        api.Database.Audit.Insert(new AuditEntry { KeyId = "key_recent", At = now.AddDays(-10), Action = "reflection.create", Target = "recent" });
    }

    [Fact]
    public async Task Entries_older_than_the_retention_are_removed_at_start()
    {
        var data = Path.Combine(Path.GetTempPath(), "tl-api-tests", Guid.NewGuid().ToString("N"));
        Seed(data);

        using var restarted = new ApiFactory(dataFolder: data);
        var targets = restarted.Database.Audit.FindAll().Select(a => a.Target).ToArray();
        for (var i = 0; i < 50 && targets.Contains("old"); i++)
        {
            await Task.Delay(100);
            targets = restarted.Database.Audit.FindAll().Select(a => a.Target).ToArray();
        }

        Assert.DoesNotContain("old", targets);
        Assert.Contains("recent", targets);
        // The removal went through the journal like any write, so the log itself says it was shortened.
        var prune = Assert.Single(restarted.Database.Audit.Find(a => a.Action == "audit.prune"));
        Assert.Equal(AuditRetention.KeyId, prune.KeyId);
        Assert.StartsWith("1 before ", prune.Target);
        restarted.Dispose();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task A_retention_of_0_keeps_every_entry()
    {
        var data = Path.Combine(Path.GetTempPath(), "tl-api-tests", Guid.NewGuid().ToString("N"));
        Seed(data);

        using var restarted = new ApiFactory(dataFolder: data, settings: new Dictionary<string, string> { ["Audit:RetentionDays"] = "0" });
        await Task.Delay(500);

        Assert.Contains("old", restarted.Database.Audit.FindAll().Select(a => a.Target));
        restarted.Dispose();
        Directory.Delete(data, recursive: true);
    }
}

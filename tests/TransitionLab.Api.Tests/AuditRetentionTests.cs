using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        using var temp = new TempFolder("tl-api-tests");
        var data = temp.Path;
        Seed(data);

        using var restarted = new ApiFactory(dataFolder: data);
        string[] Targets() => restarted.Database.Audit.FindAll().Select(a => a.Target).ToArray();
        await Polling.Until(() => !Targets().Contains("old"));
        var targets = Targets();

        Assert.DoesNotContain("old", targets);
        Assert.Contains("recent", targets);
        // The removal went through the journal like any write, so the log itself says it was shortened.
        var prune = Assert.Single(restarted.Database.Audit.Find(a => a.Action == "audit.prune"));
        Assert.Equal(AuditRetention.KeyId, prune.KeyId);
        Assert.StartsWith("1 before ", prune.Target);
        restarted.Dispose();
    }

    [Fact]
    public async Task A_retention_of_0_keeps_every_entry()
    {
        using var temp = new TempFolder("tl-api-tests");
        var data = temp.Path;
        Seed(data);

        using var restarted = new ApiFactory(dataFolder: data, settings: new Dictionary<string, string> { ["Audit:RetentionDays"] = "0" });
        // With a retention of 0 the service ends at once; once it has, nothing can remove an entry any more.
        var retention = restarted.Services.GetServices<IHostedService>().OfType<AuditRetention>().Single();
        await retention.ExecuteTask!.WaitAsync(Polling.Patience);

        Assert.Contains("old", restarted.Database.Audit.FindAll().Select(a => a.Target));
        restarted.Dispose();
    }
}

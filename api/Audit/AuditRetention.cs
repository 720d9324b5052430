using TransitionLab.Api.Store;

namespace TransitionLab.Api.Audit;

/// <summary>
/// The audit log says who did what, so it is personal data with a purpose (finding out what happened) and a
/// limit: entries older than <c>Audit:RetentionDays</c> (default 400, a year and a month, so a yearly review can
/// still look back over the whole year) are removed at start and once a day, through the journal like every other
/// write. <c>0</c> keeps every entry.
/// </summary>
internal sealed class AuditRetention(Database db, StoreWriter writer, TimeProvider time, IConfiguration configuration, ILogger<AuditRetention> logger)
    : BackgroundService
{
    /// <summary>Days an entry is kept unless configured otherwise.</summary>
    public const int DefaultDays = 400;

    /// <summary>The writer the audit log names for the removals.</summary>
    public const string KeyId = "audit-retention";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = configuration.GetValue("Audit:RetentionDays", DefaultDays);
        if (days <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            var now = time.GetUtcNow();
            var before = now.AddDays(-days);
            var cutoff = Dates.ToStored(before);
            // Only a day with something to remove writes, so a quiet store does not fill its own log with removals of nothing.
            if (!db.Audit.Exists(a => a.At < cutoff)) continue;
            var outcome = await writer.WriteAsync(new PruneAuditChange { ChangeId = Guid.NewGuid(), KeyId = KeyId, At = now, Before = before })
                .ConfigureAwait(false);
            logger.LogInformation("Audit entries older than {Days} days removed: {Removed}", days, outcome.Target);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

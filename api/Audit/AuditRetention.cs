using System.Globalization;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Audit;

/// <summary>
/// The audit log says who did what, so it is personal data with a purpose (finding out what happened) and a
/// limit: entries older than <c>Audit:RetentionDays</c> (default 400, a year and a month, so a yearly review can
/// still look back over the whole year) are removed at start and once a day. <c>0</c> keeps every entry.
/// </summary>
internal sealed class AuditRetention(Database db, TimeProvider time, IConfiguration configuration, ILogger<AuditRetention> logger) : BackgroundService
{
    /// <summary>Days an entry is kept unless configured otherwise.</summary>
    public const int DefaultDays = 400;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = configuration.GetValue("Audit:RetentionDays", DefaultDays);
        if (days <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
        do
        {
            var cutoff = Dates.ToStored(time.GetUtcNow().AddDays(-days));
            var removed = db.InTransaction(() => db.Audit.DeleteMany(a => a.At < cutoff));
            if (removed > 0)
                logger.LogInformation("Removed {Count} audit entries older than {Days} days (before {Cutoff})", removed, days,
                    cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

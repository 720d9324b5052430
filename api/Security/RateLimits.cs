using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TransitionLab.Api.Problems;

namespace TransitionLab.Api.Security;

/// <summary>
/// Two limits, both answered with 429 problem details and <c>Retry-After</c>: writes per key (configuration
/// <c>RateLimits:WritesPerMinute</c>, default 60) and failed key checks per client IP
/// (<c>RateLimits:FailedAuthPerMinute</c>, default 10), which makes guessing keys slow.
/// </summary>
public static class RateLimits
{
    /// <summary>Writes one key may make per minute unless configured otherwise; a frontrunner files a handful a year.</summary>
    public const int DefaultWritesPerMinute = 60;

    /// <summary>Requests with an unknown or revoked key one address may make per minute.</summary>
    public const int DefaultFailedAuthPerMinute = 10;

    /// <summary>Registers the limiter; it applies to every endpoint, so new write endpoints are covered without opting in.</summary>
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var writes = configuration.GetValue("RateLimits:WritesPerMinute", DefaultWritesPerMinute);
        var failedAuth = configuration.GetValue("RateLimits:FailedAuthPerMinute", DefaultFailedAuthPerMinute);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ProblemWriter.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"Te veel verzoeken achter elkaar; probeer het over {seconds} seconden opnieuw.");
            };
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => FailedAuthentication(context, failedAuth)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => Writes(context, writes)));
        });
        return services;
    }

    // Runs after authentication: a request that sent a key but is not authenticated carried a wrong one.
    private static RateLimitPartition<string> FailedAuthentication(HttpContext context, int perMinute) =>
        context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true
            ? RateLimitPartition.GetFixedWindowLimiter("auth:" + ClientAddress(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("");

    private static RateLimitPartition<string> Writes(HttpContext context, int perMinute) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
        && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } keyId
            ? RateLimitPartition.GetTokenBucketLimiter("writes:" + keyId, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute, TokensPerPeriod = perMinute, ReplenishmentPeriod = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter("");

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

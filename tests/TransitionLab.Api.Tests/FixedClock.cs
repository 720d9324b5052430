using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests;

/// <summary>A clock that always says noon (UTC) of one day, so verdict deadlines do not move with the calendar.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

/// <summary>The API of an <see cref="ApiFactory"/> on a fixed day; keys go into that host's own store.</summary>
public sealed class ApiOnDay(ApiFactory api, DateOnly today) : IDisposable
{
    public WebApplicationFactory<Program> Host { get; } = api.WithWebHostBuilder(b =>
        b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(today))));

    public Database Database => Host.Services.GetRequiredService<Database>();

    public HttpClient Anonymous() => Host.CreateClient();

    public HttpClient With(KeyRole role, string[]? experiments = null, string? municipality = null, string? cohort = null)
    {
        var client = Host.CreateClient();
        var secret = TestKeys.Issue(Database, role, experiments ?? [], municipality, DateTimeOffset.UtcNow, cohort: cohort).Secret;
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        return client;
    }

    public void Dispose()
    {
        Host.Dispose();
        api.Dispose();
    }
}

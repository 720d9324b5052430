using TransitionLab.Api.Agenda;
using TransitionLab.Api.Course;
using TransitionLab.Api.Course.AgendaDrafts;
using TransitionLab.Api.Course.Assignments;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Course.Progress;
using TransitionLab.Api.Course.Reading;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Backup;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Exports;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;
using TransitionLab.Api.OpenApi;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Security;
using TransitionLab.Api.Store;
using TransitionLab.Api.Verdicts;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Hosting;

/// <summary>
/// The API as one unit: its services and its endpoints. Kept apart from Program.cs so the same app
/// can later serve the generated site next to it.
/// </summary>
public static class ApiApplication
{
    /// <summary>Registers everything the API needs.</summary>
    public static WebApplicationBuilder AddTransitionLabApi(this WebApplicationBuilder builder)
    {
        // Per-request logs cost a third of the throughput under load; warnings and our own events stay.
        // Set in code because the content root (and its appsettings.json) is wherever the API is started from.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblems();
        builder.Services.AddStore(builder.Configuration);
        builder.Services.AddKeyAuthentication();
        builder.Services.AddRateLimits(builder.Configuration);
        builder.Services.AddSingleton<StoredExperiments>();
        builder.Services.AddSingleton<ImportedCatalogue>();
        builder.Services.AddSingleton<StoredReflections>();
        builder.Services.AddSingleton<ScalingVerdicts>();
        builder.Services.AddSingleton<Registrations>();
        builder.Services.AddSingleton<Invitations>();
        builder.Services.AddSingleton<AgendaBoard>();
        builder.Services.AddSingleton<OwnCases>();
        builder.Services.AddSingleton<CaseProposals>();
        builder.Services.AddSingleton<Assignments>();
        builder.Services.AddSingleton<CohortProgress>();
        builder.Services.AddSingleton<ModuleReads>();
        builder.Services.AddSingleton<AgendaDrafts>();
        builder.Services.AddApiDocument();
        // The catalogue import, the demo seed of a new store and the start-up lines.
        builder.Services.AddSingleton<CatalogueReadiness>();
        builder.Services.AddHostedService<StartupWork>();
        builder.Services.AddHostedService<AuditRetention>();
        return builder;
    }

    /// <summary>Adds the middleware and maps every endpoint of the API.</summary>
    public static WebApplication MapTransitionLabApi(this WebApplication app)
    {
        // Before routing: /api/v1/... is rewritten onto the routes at /api/..., and every answer gets API-Version.
        app.UseApiVersion();
        app.UseRouting();
        app.UseSecurityHeaders();
        app.UsePrivateResponses();
        app.UseProblems();
        app.UseAuthentication();
        // After authentication: the limits are per key and per failed key check.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"))
            .WithName("Health").WithSummary("Health check").WithDescription("Answers 200 'ok' while the API runs.").WithTags("Health");
        // Cached verdicts and the served site follow StoreWriter.Applied, so no endpoint announces its writes.
        app.MapExperiments();
        app.MapReflections();
        app.MapDecisions();
        app.MapIntake();
        app.MapAgenda();
        app.MapVerdicts();
        app.MapInsights();
        app.MapExports();
        app.MapCourse();
        app.MapCourseCases();
        app.MapAssignments();
        app.MapCourseProgress();
        app.MapModuleReading();
        app.MapAgendaDrafts();
        app.MapKeys();
        app.MapAudit();
        app.MapBackup();
        app.MapApiDocument();
        app.MapSecurityTxt();
        return app;
    }
}

namespace TransitionLab.Api.Demo;

/// <summary>Start-up work: import the catalogue, seed demo data into a new store, print the URL and a demo key.</summary>
public static class DemoSetup
{
    /// <summary>Registers the start-up work.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<StartupWork>();
        return services;
    }
}

using TransitionLab.Api.DataAtRest;
using TransitionLab.Api.Hosting;
using TransitionLab.Api.Store;
using TransitionLab.Site.Assets;

namespace TransitionLab.Api.Site;

/// <summary>Serving the generated site from the API's own port: the main job of the product.</summary>
public static class SiteHosting
{
    /// <summary>Registers the site build, its background rebuilds and the frontrunners' session cookie.</summary>
    public static WebApplicationBuilder AddSitePublishing(this WebApplicationBuilder builder)
    {
        var store = StoreOptions.From(builder.Configuration);
        // Session cookies must survive a restart, so the keys that protect them live with the store.
        builder.Services.AddSessionKeys(store.DataFolder, builder.Configuration);
        builder.Services.AddHostedService<DataFolderNotices>();
        builder.Services.AddFrontrunnerSession();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PublicData>();
        builder.Services.AddSingleton<RenderingThreads>();
        builder.Services.AddSingleton<PublishedSite>();
        builder.Services.AddHostedService<InitialSiteBuild>();
        builder.Services.AddSingleton<SiteRebuilds>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SiteRebuilds>());
        return builder;
    }

    /// <summary>Serves the built site at <c>/</c>, with clean URLs and the site's own 404 page.</summary>
    public static WebApplication MapSite(this WebApplication app)
    {
        var site = app.Services.GetRequiredService<PublishedSite>();
        Directory.CreateDirectory(site.Folder);
        var files = new SiteFiles(site.Folder, app.Services.GetRequiredService<IHttpContextAccessor>());

        app.Use(async (context, next) =>
        {
            // /experimenten/x → /experimenten/x/: the page's relative links assume the trailing slash.
            var path = context.Request.Path.Value ?? "/";
            if (HttpMethods.IsGet(context.Request.Method) && !path.EndsWith('/') && !Path.HasExtension(path) && !IsApi(path)
                && files.GetDirectoryContents(path).Exists)
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
                return;
            }
            await next();
        });
        // API paths never name a site file; skipping the file lookups saves two file-system calls per API request.
        app.UseWhen(context => !IsApi(context.Request.Path.Value ?? "/"), pages =>
        {
            pages.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            pages.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = file =>
                {
                    if (StaticAssets.IsHashed(file.Context.Request.Path.Value ?? "")) file.Context.Response.Headers.CacheControl = StaticAssets.HashedCacheControl;
                },
            });
        });
        app.Use(async (context, next) =>
        {
            // Routing ran first: a request no endpoint claimed and no file answered gets the site's 404 page.
            var path = context.Request.Path.Value ?? "/";
            if (context.GetEndpoint() is not null || IsApi(path) || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                await next();
                return;
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            if (files.GetFileInfo("404.html") is { Exists: true } notFound) await context.Response.SendFileAsync(notFound);
        });
        // Last before the endpoints: the site's files above are served while a start imports the catalogue.
        app.UseCatalogueReadiness();
        app.MapSiteForms();
        app.MapPracticeForms();
        app.MapAgendaForms();
        app.MapOwnCaseForms();
        app.MapExerciseForms();
        app.MapReadingForms();
        app.MapAgendaDraftForms();
        app.MapIntakeForms();
        app.MapSearchPage();
        app.MapComparePage();
        return app;
    }

    private static bool IsApi(string path) =>
        path.StartsWith("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/healthz", StringComparison.OrdinalIgnoreCase);
}

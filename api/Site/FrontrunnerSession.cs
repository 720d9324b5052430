using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Site;

/// <summary>
/// A frontrunner signs in once with their key and then files reflections from the site's plain HTML
/// forms. The cookie is HttpOnly and SameSite=Strict (a cross-site post never carries it), Secure and
/// <c>__Host-</c> over HTTPS, and holds only a session id that the server keeps (<see cref="SessionTickets"/>);
/// each request checks that its key was not revoked meanwhile.
/// </summary>
public static class FrontrunnerSession
{
    /// <summary>Name of the cookie scheme.</summary>
    public const string Scheme = "Session";

    /// <summary>Name of the session cookie; over HTTPS it carries the <c>__Host-</c> prefix (<see cref="HostPrefixedCookies"/>).</summary>
    public const string CookieName = "tl_sessie";

    /// <summary>How long a session lasts without use; each use extends it (sliding).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Adds the session cookie scheme next to the bearer-key scheme.</summary>
    public static IServiceCollection AddFrontrunnerSession(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(Scheme)
            .Configure<Database, TimeProvider>((options, db, time) => options.SessionStore = new SessionTickets(db, time));
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.Cookie.IsEssential = true;
            options.CookieManager = new HostPrefixedCookies(new ChunkingCookieManager());
            options.ExpireTimeSpan = Lifetime;
            options.SlidingExpiration = true;
            options.LoginPath = Core.Catalogue.SiteUrls.SignIn;
            options.Events.OnValidatePrincipal = context =>
            {
                var db = context.HttpContext.RequestServices.GetRequiredService<Database>();
                var keyId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (keyId is null || db.Keys.FindById(keyId) is not { } key || !key.WorksAt(now))
                {
                    context.RejectPrincipal();
                    return context.HttpContext.SignOutAsync(Scheme);
                }
                // A key's experiments change when its invitation registers one: the session follows the stored key.
                if (KeyExperiments.Of(key).Slugs != (context.Principal!.FindFirstValue(Caller.ExperimentsClaim) ?? ""))
                {
                    context.ReplacePrincipal(Caller.PrincipalOf(key, Scheme));
                    context.ShouldRenew = true;
                }
                return Task.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Signs in with a key; <c>false</c> when the key is unknown or revoked.</summary>
    public static async Task<bool> SignInAsync(HttpContext context, Database db, string secret)
    {
        if (ApiKeys.Find(db, secret.Trim(), context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()) is not { } key) return false;
        // A new session id at every sign-in, also for a browser that still holds a session (see SessionTickets.SigningIn).
        SessionTickets.SigningIn(context);
        await context.SignInAsync(Scheme, Caller.PrincipalOf(key, Scheme));
        return true;
    }

    /// <summary>The signed-in caller, or <c>null</c>.</summary>
    public static async Task<Caller?> CallerAsync(HttpContext context) =>
        await context.AuthenticateAsync(Scheme) is { Succeeded: true, Principal: { } principal } ? Caller.From(principal) : null;
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Keys;

/// <summary>Authenticates <c>Authorization: Bearer tl_…</c> against the stored key hashes.</summary>
public sealed class KeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Database db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Name of the scheme.</summary>
    public const string SchemeName = "Bearer";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("Authorization must be 'Bearer <key>'."));
        var key = ApiKeys.Find(db, header["Bearer ".Length..].Trim(), time.GetUtcNow());
        if (key is null) return Task.FromResult(AuthenticateResult.Fail("Unknown or revoked key."));

        var principal = Caller.PrincipalOf(key, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            "Deze actie vraagt een sleutel: stuur 'Authorization: Bearer <sleutel>'. Een onbekende of ingetrokken sleutel werkt niet.");
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden, "Deze sleutel heeft niet de rol die voor deze actie nodig is.");
}

/// <summary>Registers key authentication and the role policies.</summary>
public static class KeyAuthenticationSetup
{
    /// <summary>Policy for endpoints only an admin key may call.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>Adds the bearer-key scheme; every authorized endpoint needs a working key.</summary>
    public static IServiceCollection AddKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(KeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, KeyAuthenticationHandler>(KeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(KeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(KeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().RequireRole(KeyRole.Admin.ToCode()));
        return services;
    }
}

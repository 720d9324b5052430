using System.Globalization;

namespace TransitionLab.Api.Security;

/// <summary>
/// <c>/.well-known/security.txt</c> (RFC 9116): where to report a security problem. The contact is configuration
/// <c>Security:Contact</c> (a <c>mailto:</c> or <c>https:</c> URI, several separated by commas); without it, the
/// <c>security@</c> mailbox of the host the site is reached at (RFC 2142's name for it). <c>Expires</c> is always
/// half a year ahead, so a file nobody looks after never claims to be current for long after the service stops.
/// </summary>
public static class SecurityTxt
{
    /// <summary>Where the file lives.</summary>
    public const string Path = "/.well-known/security.txt";

    /// <summary>Maps the file.</summary>
    public static IEndpointRouteBuilder MapSecurityTxt(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, (HttpContext context, IConfiguration configuration, TimeProvider time) =>
            TypedResults.Text(Render(context.Request, configuration, time.GetUtcNow()), "text/plain; charset=utf-8")).ExcludeFromDescription();
        return routes;
    }

    private static string Render(HttpRequest request, IConfiguration configuration, DateTimeOffset now)
    {
        var contacts = (configuration["Security:Contact"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (contacts.Length == 0) contacts = [$"mailto:security@{request.Host.Host}"];
        var lines = new List<string> { "# Beveiligingsprobleem gevonden in TransitionLab? Meld het ons; zie Contact." };
        lines.AddRange(contacts.Select(c => $"Contact: {c}"));
        lines.Add($"Expires: {now.AddDays(182).ToUniversalTime().ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture)}");
        lines.Add("Preferred-Languages: nl, en");
        if (request.IsHttps) lines.Add($"Canonical: https://{request.Host}{Path}");
        if (configuration["Security:Policy"] is { Length: > 0 } policy) lines.Add($"Policy: {policy}");
        return string.Join('\n', lines) + "\n";
    }
}

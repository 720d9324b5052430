using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Site;

/// <summary>
/// Sessions live on the server: the cookie carries only a random session id, so signing out ends the session
/// for good (a copied cookie stops working), and every sign-in starts a new id (no session fixation). The store
/// keeps the id's SHA-256, the key it belongs to and its expiry; the rights are read from the key on each
/// request, so a revoked key ends its sessions too. Sessions survive a restart, like the cookies did before.
/// </summary>
public sealed class SessionTickets(Database db, TimeProvider time) : ITicketStore
{
    /// <inheritdoc />
    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var keyId = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
        var now = time.GetUtcNow();
        db.InTransaction(() =>
        {
            // Expired sessions are dropped whenever a new one starts, so the collection holds live sessions only.
            db.Sessions.DeleteMany(s => s.ExpiresAt < Dates.ToStored(now));
            db.Sessions.Insert(new StoredSession { Id = HashOf(id), KeyId = keyId, IssuedAt = Stored(ticket.Properties.IssuedUtc, now), ExpiresAt = Expiry(ticket, now) });
            db.AppendAudit(keyId, now, "session.start", ShortId(id));
            return 0;
        });
        return Task.FromResult(id);
    }

    /// <inheritdoc />
    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var now = time.GetUtcNow();
        db.InTransaction(() =>
        {
            if (db.Sessions.FindById(HashOf(key)) is { } session)
                db.Sessions.Update(new StoredSession { Id = session.Id, KeyId = session.KeyId, IssuedAt = Stored(ticket.Properties.IssuedUtc, now), ExpiresAt = Expiry(ticket, now) });
            return 0;
        });
        return Task.CompletedTask;
    }

    /// <summary>
    /// Marks this request as a sign-in. The cookie handler reads the session the browser still holds before it signs
    /// in, and when that session is alive it renews it under the same id instead of starting a new one: a browser
    /// that signs in again (maybe with another key) would keep the old id, a fixation. Read during a sign-in, the old
    /// session is ended here and reported as not found, so the handler starts a new one.
    /// </summary>
    public static void SigningIn(HttpContext context) => context.Items[SigningInItem] = true;

    private static readonly object SigningInItem = new();

    /// <inheritdoc />
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (!httpContext.Items.ContainsKey(SigningInItem)) return await RetrieveAsync(key).ConfigureAwait(false);
        await RemoveAsync(key).ConfigureAwait(false);
        return null;
    }

    /// <inheritdoc />
    public Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (db.Sessions.FindById(HashOf(key)) is not { } session || session.ExpiresAt < Dates.ToStored(time.GetUtcNow())
            || db.Keys.FindById(session.KeyId) is not { RevokedAt: null } stored)
            return Task.FromResult<AuthenticationTicket?>(null);
        var properties = new AuthenticationProperties
        {
            IssuedUtc = new DateTimeOffset(DateTime.SpecifyKind(session.IssuedAt, DateTimeKind.Utc)),
            ExpiresUtc = new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAt, DateTimeKind.Utc)),
        };
        return Task.FromResult<AuthenticationTicket?>(new AuthenticationTicket(Caller.PrincipalOf(stored, FrontrunnerSession.Scheme), properties, FrontrunnerSession.Scheme));
    }

    /// <inheritdoc />
    public Task RemoveAsync(string key)
    {
        db.InTransaction(() =>
        {
            var hash = HashOf(key);
            if (db.Sessions.FindById(hash) is { } session && db.Sessions.Delete(hash))
                db.AppendAudit(session.KeyId, time.GetUtcNow(), "session.end", ShortId(key));
            return 0;
        });
        return Task.CompletedTask;
    }

    // Stored hashed, like keys: a copy of the store holds no session a cookie could be forged for.
    private static string HashOf(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    // The audit log names a session by the start of its hash: enough to pair a start with its end, useless to sign in with.
    private static string ShortId(string id) => "session:" + HashOf(id)[..12];

    private static DateTime Stored(DateTimeOffset? instant, DateTimeOffset fallback) => Dates.ToStored(instant ?? fallback);

    private static DateTime Expiry(AuthenticationTicket ticket, DateTimeOffset now) => Dates.ToStored(ticket.Properties.ExpiresUtc ?? now.Add(FrontrunnerSession.Lifetime));
}

/// <summary>A signed-in browser, by the hash of its session id.</summary>
public sealed class StoredSession
{
    /// <summary>Lowercase hex SHA-256 of the session id in the cookie.</summary>
    public string Id { get; init; } = "";
    /// <summary>The key that signed in.</summary>
    public string KeyId { get; init; } = "";
    /// <summary>When the session (or its last renewal) started.</summary>
    public DateTime IssuedAt { get; init; }
    /// <summary>When it ends unless renewed.</summary>
    public DateTime ExpiresAt { get; init; }
}

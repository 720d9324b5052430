using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TransitionLab.Api.Hosting;

namespace TransitionLab.Api.Store;

/// <summary>The <c>Idempotency-Key</c> request header: checking it and hashing the request it came with.</summary>
public static class IdempotencyKeys
{
    /// <summary>Name of the header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>Longest key accepted; a UUID is 36 characters.</summary>
    public const int MaxLength = 128;

    private static readonly JsonSerializerOptions RequestJson = CreateJson();

    /// <summary>The header's value; an empty header stays "" (and is refused) rather than reading as absent.</summary>
    public static string? From(HttpRequest request) =>
        request.Headers.TryGetValue(Header, out var values) ? values.ToString() : null;

    /// <summary>Why <paramref name="key"/> cannot be used, or <c>null</c> when it can (or is absent).</summary>
    public static string? Problem(string? key) =>
        key is null ? null
        : key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~')
            ? $"De {Header} moet 1 tot {MaxLength} zichtbare ASCII-tekens zijn, bijvoorbeeld een UUID."
            : null;

    /// <summary>The claim to journal with a change, or <c>null</c> without a key.</summary>
    /// <param name="key">The header's value, already checked with <see cref="Problem"/>.</param>
    /// <param name="operation">Method and path, so one key cannot mean two different operations.</param>
    /// <param name="request">The parsed request; hashed in the API's own JSON form, so spacing and field order do not matter.</param>
    public static IdempotencyClaim? Claim<T>(string? key, string operation, T request)
    {
        if (key is null) return null;
        var bytes = Encoding.UTF8.GetBytes(operation + "\n" + JsonSerializer.Serialize(request, RequestJson));
        return new IdempotencyClaim(key, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}

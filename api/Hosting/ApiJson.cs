using System.Text.Json;
using System.Text.Json.Serialization;

namespace TransitionLab.Api.Hosting;

/// <summary>JSON as the API speaks it: camelCase fields, the kebab-case enum codes of the content files, no unknown fields.</summary>
public static class ApiJson
{
    /// <summary>Applies the API's conventions to <paramref name="options"/>.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Same codes as EnumCode and the front matter: TakeOff is "take-off". Numbers are refused so a typo cannot pick a member.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // The web defaults also read "5" as 5; a number in quotes is a malformed body here.
        options.NumberHandling = JsonNumberHandling.Strict;
        // {"cycle": 1, "cycle": 9} would otherwise silently keep the last value; two values for one field is a malformed body.
        options.AllowDuplicateProperties = false;
    }
}

using System.Collections.Concurrent;
using System.Text;

namespace TransitionLab.Core.Language;

/// <summary>
/// Stable machine codes for domain enums: <c>TakeOff</c> is written <c>take-off</c> in content files,
/// JSON and URLs. One convention everywhere, so a code in a front matter file is the same code the API returns.
/// </summary>
public static class EnumCode
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByCode = new();

    /// <summary>The kebab-case code of an enum value.</summary>
    public static string ToCode<T>(this T value) where T : struct, Enum => ToCode(value.ToString());

    /// <summary>Parses a kebab-case code; <c>false</c> when it names no member of <typeparamref name="T"/>.</summary>
    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        var table = ByCode.GetOrAdd(typeof(T), static t => Enum.GetValues(t).Cast<object>()
            .ToDictionary(v => ToCode(v.ToString()!), v => v, StringComparer.Ordinal));
        if (code is not null && table.TryGetValue(code.Trim(), out var found))
        {
            value = (T)found;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>All codes of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => v.ToCode()).ToArray();

    private static string ToCode(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}

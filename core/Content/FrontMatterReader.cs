using System.Globalization;
using TransitionLab.Core.Language;
using YamlDotNet.RepresentationModel;

namespace TransitionLab.Core.Content;

/// <summary>
/// Reads one YAML mapping into typed values, collecting every problem (with its file line) instead of
/// stopping at the first. Each content type declares its fields through these calls, so a field that
/// no call asks for is reported as unknown by <see cref="Finish"/>.
/// </summary>
public sealed class FrontMatterReader
{
    private readonly YamlMappingNode _mapping;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly int _lineOffset;

    internal FrontMatterReader(YamlMappingNode mapping, string file, int lineOffset, List<ContentProblem> problems, List<ContentReference> references)
    {
        _mapping = mapping;
        File = file;
        _lineOffset = lineOffset;
        Problems = problems;
        CollectedReferences = references;
    }

    /// <summary>File being read, relative to the content folder.</summary>
    public string File { get; }
    internal List<ContentProblem> Problems { get; }
    internal List<ContentReference> CollectedReferences { get; }

    /// <summary>File line of the mapping itself.</summary>
    public int Line => LineOf(_mapping);

    /// <summary>A required, non-empty string.</summary>
    public string RequiredString(string key) => String(key, required: true) ?? "";

    /// <summary>A required integer within a range.</summary>
    public int RequiredInt(string key, int min, int max)
    {
        var scalar = Scalar(key, required: true, "een heel getal");
        if (scalar is null) return min;
        if (int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Report(scalar, $"'{key}' moet een heel getal van {min} tot en met {max} zijn; er staat '{scalar.Value}'");
        return min;
    }

    /// <summary>An optional <c>true</c> or <c>false</c>; <c>false</c> when absent.</summary>
    public bool OptionalBool(string key)
    {
        var scalar = Scalar(key, required: false, "true of false");
        if (scalar is null) return false;
        if (scalar.Value is "true" or "false") return scalar.Value == "true";
        Report(scalar, $"'{key}' moet true of false zijn; er staat '{scalar.Value}'");
        return false;
    }

    /// <summary>A required number (decimal point, not comma).</summary>
    public decimal RequiredDecimal(string key)
    {
        var scalar = Scalar(key, required: true, "een getal");
        if (scalar is null) return 0;
        if (decimal.TryParse(scalar.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        Report(scalar, $"'{key}' moet een getal zijn, zoals 12 of 4.5 (met een punt, niet met een komma); er staat '{scalar.Value}'");
        return 0;
    }

    /// <summary>A required date written as <c>yyyy-MM-dd</c>.</summary>
    public DateOnly RequiredDate(string key) => Date(key, required: true) ?? default;

    /// <summary>An optional date written as <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? OptionalDate(string key) => Date(key, required: false);

    /// <summary>A required enum value written as its kebab-case code.</summary>
    public T RequiredEnum<T>(string key) where T : struct, Enum
    {
        var scalar = Scalar(key, required: true, $"een van: {string.Join(", ", EnumCode.All<T>())}");
        if (scalar is null) return default;
        if (EnumCode.TryParse<T>(scalar.Value, out var value)) return value;
        Report(scalar, $"'{key}' moet een van deze waarden zijn: {string.Join(", ", EnumCode.All<T>())}; er staat '{scalar.Value}'");
        return default;
    }

    /// <summary>An optional enum value written as its kebab-case code; <paramref name="fallback"/> when absent.</summary>
    public T OptionalEnum<T>(string key, T fallback) where T : struct, Enum
    {
        var scalar = Scalar(key, required: false, $"een van: {string.Join(", ", EnumCode.All<T>())}");
        if (scalar is null) return fallback;
        if (EnumCode.TryParse<T>(scalar.Value, out var value)) return value;
        Report(scalar, $"'{key}' moet een van deze waarden zijn: {string.Join(", ", EnumCode.All<T>())}; er staat '{scalar.Value}'");
        return fallback;
    }

    /// <summary>A list of strings (a YAML sequence or a single scalar).</summary>
    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        var node = Node(key, required, "een lijst met teksten");
        if (node is null) return [];
        if (node is YamlScalarNode single) return string.IsNullOrWhiteSpace(single.Value) ? [] : [single.Value!.Trim()];
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, $"'{key}' moet een lijst met teksten zijn");
            return [];
        }
        var values = new List<string>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text)) values.Add(text.Trim());
            else Report(item, $"elk item van '{key}' moet een tekst zijn, niet leeg");
        }
        if (required && values.Count == 0) Report(node, $"'{key}' heeft minstens één item nodig");
        return values;
    }

    /// <summary>A list of slugs that must name existing content of <paramref name="kind"/>; checked after all files are read.</summary>
    public IReadOnlyList<string> References(string key, ContentKind kind, bool required = false)
    {
        var node = Node(key, required, $"een lijst met slugs van het soort {kind.ToCode()}");
        var values = StringList(key, required);
        if (node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence.Children.OfType<YamlScalarNode>())
                if (!string.IsNullOrWhiteSpace(item.Value)) CollectedReferences.Add(new ContentReference(File, LineOf(item), key, kind, item.Value.Trim()));
        }
        else if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            CollectedReferences.Add(new ContentReference(File, LineOf(scalar), key, kind, scalar.Value.Trim()));
        }
        return values;
    }

    /// <summary>A list of mappings, each read by <paramref name="read"/> with its own reader.</summary>
    public IReadOnlyList<T> List<T>(string key, Func<FrontMatterReader, T> read, bool required = false)
    {
        var node = Node(key, required, "een lijst");
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Report(node, $"'{key}' moet een lijst zijn");
            return [];
        }
        var values = new List<T>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping) values.Add(Nested(mapping, read));
            else Report(item, $"elk item van '{key}' moet velden met een naam hebben, zoals 'title: ...'");
        }
        if (required && values.Count == 0) Report(node, $"'{key}' heeft minstens één item nodig");
        return values;
    }

    /// <summary>A nested mapping read by <paramref name="read"/>; <c>default</c> when absent or not a mapping.</summary>
    public T? Mapping<T>(string key, Func<FrontMatterReader, T> read, bool required = true)
    {
        var node = Node(key, required, "velden met een naam");
        if (node is null) return default;
        if (node is YamlMappingNode mapping) return Nested(mapping, read);
        Report(node, $"'{key}' moet velden met een naam hebben, zoals 'title: ...'");
        return default;
    }

    /// <summary>Reports every key that no call asked for. Call once, after reading all fields.</summary>
    public void Finish()
    {
        foreach (var (keyNode, _) in _mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (!_read.Contains(key))
                Report(keyNode, $"onbekend veld '{key}'; bekende velden zijn: {string.Join(", ", _read.Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>Adds a problem at the line of <paramref name="key"/> (or of the mapping when absent).</summary>
    public void ReportAt(string key, string message)
    {
        var node = Find(key);
        Problems.Add(new ContentProblem(File, node is null ? Line : LineOf(node), message));
    }

    private T Nested<T>(YamlMappingNode mapping, Func<FrontMatterReader, T> read)
    {
        var reader = new FrontMatterReader(mapping, File, _lineOffset, Problems, CollectedReferences);
        var value = read(reader);
        reader.Finish();
        return value;
    }

    private string? String(string key, bool required)
    {
        var scalar = Scalar(key, required, "een tekst");
        if (scalar is null) return null;
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required) Report(scalar, $"'{key}' mag niet leeg zijn");
            return null;
        }
        return value;
    }

    private DateOnly? Date(string key, bool required)
    {
        var scalar = Scalar(key, required, "een datum zoals 2024-03-01");
        if (scalar is null) return null;
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Report(scalar, $"'{key}' moet een bestaande datum zijn in de vorm jjjj-mm-dd (zoals 2024-03-01); er staat '{scalar.Value}'");
        return null;
    }

    private YamlScalarNode? Scalar(string key, bool required, string expected)
    {
        var node = Node(key, required, expected);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return scalar;
        Report(node, $"'{key}' moet {expected} zijn, geen lijst en geen velden");
        return null;
    }

    private YamlNode? Node(string key, bool required, string expected)
    {
        _read.Add(key);
        var node = Find(key);
        // "field:" with nothing after it is YAML null: treat it as absent, not as an empty text.
        if (node is YamlScalarNode { Value: null or "", Style: YamlDotNet.Core.ScalarStyle.Plain }) node = null;
        if (node is null && required)
            Problems.Add(new ContentProblem(File, Find(key) is { } empty ? LineOf(empty) : Line, $"het verplichte veld '{key}' ontbreekt ({expected})"));
        return node;
    }

    private YamlNode? Find(string key) =>
        _mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private void Report(YamlNode node, string message) => Problems.Add(new ContentProblem(File, LineOf(node), message));

    private int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;
}

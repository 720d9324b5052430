namespace TransitionLab.Core.Decisions;

/// <summary>
/// The level a steward decides at, and so the level a decision names: youth care is bought by regions
/// of several municipalities and some experiments are national policy.
/// </summary>
public enum DecisionLevel
{
    /// <summary>One municipality (college van B&amp;W, gemeenteraad).</summary>
    Municipality,
    /// <summary>A region of several municipalities, such as a youth-care purchasing region.</summary>
    Region,
    /// <summary>National: a ministry or another national body.</summary>
    National,
}

/// <summary>
/// Where a steward may decide: one municipality, a region of several municipalities, or the whole
/// country. The one place that answers "does this scope cover municipality X".
/// </summary>
public sealed class StewardScope
{
    private StewardScope(DecisionLevel level, string name, IReadOnlyList<string> municipalities)
    {
        Level = level;
        Name = name;
        Municipalities = municipalities;
    }

    /// <summary>The level of the scope.</summary>
    public DecisionLevel Level { get; }

    /// <summary>The municipality's or region's name; "Nederland" at national level.</summary>
    public string Name { get; }

    /// <summary>The municipalities covered; empty at national level, which covers them all.</summary>
    public IReadOnlyList<string> Municipalities { get; }

    /// <summary>Name used for the national scope.</summary>
    public const string NationalName = "Nederland";

    /// <summary>A single municipality.</summary>
    public static StewardScope ForMunicipality(string municipality) =>
        new(DecisionLevel.Municipality, municipality.Trim(), [municipality.Trim()]);

    /// <summary>A region made of <paramref name="municipalities"/> (blank names are left out, duplicates once).</summary>
    public static StewardScope ForRegion(string region, IEnumerable<string> municipalities) =>
        new(DecisionLevel.Region, region.Trim(),
            municipalities.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());

    /// <summary>The whole country.</summary>
    public static StewardScope National { get; } = new(DecisionLevel.National, NationalName, []);

    /// <summary>Whether a steward with this scope may decide about something in <paramref name="municipality"/>.</summary>
    public bool Covers(string? municipality)
    {
        if (Level == DecisionLevel.National) return true;
        if (string.IsNullOrWhiteSpace(municipality)) return false;
        var name = municipality.Trim();
        return Municipalities.Any(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase));
    }
}

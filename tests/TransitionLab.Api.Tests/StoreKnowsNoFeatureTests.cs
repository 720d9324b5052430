using System.Text.RegularExpressions;

namespace TransitionLab.Api.Tests;

/// <summary>Features depend on the store, never back: api/Store imports none of them.</summary>
public sealed partial class StoreKnowsNoFeatureTests
{
    // What the store may build on: its journal and the API's JSON settings, neither of which is a feature.
    private static readonly string[] Allowed = ["TransitionLab.Api.Store", "TransitionLab.Api.Durability", "TransitionLab.Api.Hosting"];

    [Fact]
    public void Store_imports_no_feature_namespace()
    {
        var store = Path.Combine(Repository.Root, "api", "Store");
        var imports = Directory.GetFiles(store, "*.cs")
            .SelectMany(file => ApiNamespace().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Namespace: m.Groups[1].Value)))
            .Where(i => !Allowed.Contains(i.Namespace))
            .ToArray();
        Assert.True(Directory.GetFiles(store, "*.cs").Length > 5, $"no store sources found in {store}");
        Assert.Empty(imports);
    }

    // A using directive or a qualified name such as TransitionLab.Api.Site.StoredSession.
    [GeneratedRegex(@"\b(TransitionLab\.Api\.[A-Z]\w*)")]
    private static partial Regex ApiNamespace();
}

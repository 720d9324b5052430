using System.Reflection;
using TransitionLab.Core.Language;

namespace TransitionLab.Core.Tests.Language;

public class DutchLabelsTests
{
    private static IEnumerable<Type> LabelledEnumTypes() =>
        typeof(DutchLabels).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(DutchLabels.For))
            .Select(m => m.GetParameters()[0].ParameterType);

    public static TheoryData<Type> LabelledEnums() => new(LabelledEnumTypes());

    [Theory]
    [MemberData(nameof(LabelledEnums))]
    public void Every_value_has_its_own_dutch_label(Type enumType)
    {
        var method = typeof(DutchLabels).GetMethod(nameof(DutchLabels.For), [enumType])!;
        var labels = Enum.GetValues(enumType).Cast<object>().Select(v => (string)method.Invoke(null, [v])!).ToArray();

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Length, labels.Distinct().Count());
    }

    [Fact]
    public void Labels_cover_every_enum_the_brief_names()
    {
        var labelled = LabelledEnumTypes().Select(t => t.Name).ToHashSet();

        // xunit's Superset takes the expected subset first.
        Assert.Superset(new HashSet<string>
        {
            "VerdictKind", "VerdictFlag", "BarrierKind", "ExperimentStatus", "XCurvePosition", "LifecycleStage", "ParticipantRole",
            "EvidenceLevel", "LoopDecision", "HypothesisResult", "BarrierLevel", "BarrierStatus", "ScalingRoute",
            "StructuralPlanStatus", "DecisionKind", "DataReliability", "OutcomeDirection",
        }, labelled);
    }

    [Fact]
    public void Barrier_labels_use_the_words_of_the_field()
    {
        Assert.Equal("Eigen kracht = eigen verantwoordelijkheid", DutchLabels.For(Reflections.BarrierKind.OwnStrengthAsOwnResponsibility));
        Assert.Equal("Verkokering", DutchLabels.For(Reflections.BarrierKind.Silos));
        Assert.Equal("Geen doorzettingsmacht", DutchLabels.For(Reflections.BarrierKind.NoMandateForGeneralists));
        Assert.Equal("Kortlopende projectfinanciering", DutchLabels.For(Reflections.BarrierKind.ShortTermFunding));
        Assert.Equal("AVG als reden om niet te delen", DutchLabels.For(Reflections.BarrierKind.PrivacyAsReasonNotToShare));
    }

    [Theory]
    [InlineData(2026, 11, 23, "23 november 2026")]
    [InlineData(2027, 3, 1, "1 maart 2027")]
    public void Dates_read_as_day_month_name_year(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DutchLabels.Date(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Numbers_have_a_decimal_comma_and_no_thousands_separator()
    {
        Assert.Equal("12,5", DutchLabels.Number(12.5m));
        Assert.Equal("1234", DutchLabels.Number(1234m));
        Assert.Equal("-0,25", DutchLabels.Number(-0.25m));
    }

    [Fact]
    public void Lists_join_with_commas_and_en()
    {
        Assert.Equal("", DutchLabels.List([]));
        Assert.Equal("Veere", DutchLabels.List(["Veere"]));
        Assert.Equal("Middelburg, Veere en Vlissingen", DutchLabels.List(["Middelburg", "Veere", "Vlissingen"]));
    }
}

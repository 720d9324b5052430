using TransitionLab.Core.Decisions;

namespace TransitionLab.Core.Tests.Decisions;

public class StewardScopeTests
{
    [Fact]
    public void A_municipal_scope_covers_only_its_own_municipality_whatever_the_case_and_spaces()
    {
        var scope = StewardScope.ForMunicipality("Middelburg");

        Assert.True(scope.Covers(" middelburg "));
        Assert.False(scope.Covers("Vlissingen"));
        Assert.False(scope.Covers(null));
        Assert.Equal((DecisionLevel.Municipality, "Middelburg"), (scope.Level, scope.Name));
    }

    [Fact]
    public void A_regional_scope_covers_each_of_its_municipalities_and_no_other()
    {
        var scope = StewardScope.ForRegion("Walcheren", ["Middelburg", " Vlissingen", "Veere", "veere", " "]);

        Assert.Equal(["Middelburg", "Vlissingen", "Veere"], scope.Municipalities);
        Assert.True(scope.Covers("Vlissingen"));
        Assert.True(scope.Covers("VEERE"));
        Assert.False(scope.Covers("Goes"));
        Assert.False(scope.Covers("Walcheren"));
    }

    [Fact]
    public void The_national_scope_covers_every_municipality()
    {
        Assert.True(StewardScope.National.Covers("Leeuwarden"));
        Assert.True(StewardScope.National.Covers("Emmen"));
        Assert.Equal(DecisionLevel.National, StewardScope.National.Level);
    }
}

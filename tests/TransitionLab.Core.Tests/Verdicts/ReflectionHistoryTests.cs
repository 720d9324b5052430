using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Tests.Verdicts;

/// <summary>Only the latest revision of each reflection counts, in cycle order, whatever order the store gives.</summary>
public sealed class ReflectionHistoryTests
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_latest_revision_of_each_reflection_counts_in_cycle_order_whatever_the_input_order()
    {
        var first = TestData.Reflection(1).Build();
        var firstCorrected = first with { Revision = 2, PeopleReached = 99 };
        var second = TestData.Reflection(2).Build();
        var secondCorrected = second with { Revision = 3, PeopleReached = 7 };
        var secondMiddle = second with { Revision = 2 };

        foreach (var input in new[] { new[] { secondCorrected, first, secondMiddle, firstCorrected, second }, [firstCorrected, second, first, secondMiddle, secondCorrected] })
        {
            var latest = ReflectionHistory.Latest(input);
            Assert.Equal([(1, 2, 99), (2, 3, 7)], latest.Select(r => (r.Cycle, r.Revision, r.PeopleReached)));
        }
    }

    [Fact]
    public void Equal_revision_numbers_are_told_apart_by_when_they_were_recorded()
    {
        var original = TestData.Reflection(1).Build() with { RecordedAt = Noon, PeopleReached = 1 };
        var later = original with { RecordedAt = Noon.AddMinutes(1), PeopleReached = 2 };

        Assert.Equal(2, ReflectionHistory.Latest([later, original]).Single().PeopleReached);
        Assert.Equal(2, ReflectionHistory.Latest([original, later]).Single().PeopleReached);
    }

    [Fact]
    public void Reflections_of_one_cycle_are_ordered_by_session_date_then_id()
    {
        var early = TestData.Reflection(3).Build() with { Date = new DateOnly(2026, 3, 1) };
        var late = TestData.Reflection(3).Build() with { Date = new DateOnly(2026, 4, 1) };
        var sameDay = new[] { late with { Id = Guid.Parse("00000000-0000-0000-0000-000000000002") }, late with { Id = Guid.Parse("00000000-0000-0000-0000-000000000001") } };

        var ordered = ReflectionHistory.Latest([sameDay[0], late, early, sameDay[1]]);

        Assert.Equal(early.Id, ordered[0].Id);
        Assert.Equal([sameDay[1].Id, sameDay[0].Id], ordered.Skip(1).Where(r => r.Id != late.Id).Select(r => r.Id));
    }
}

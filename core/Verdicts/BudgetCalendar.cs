using TransitionLab.Core.Language;

namespace TransitionLab.Core.Verdicts;

/// <summary>Which moment of a municipality's budget cycle is still open to pay for the year after the pilot money.</summary>
public enum BudgetMomentKind
{
    /// <summary>The spring memorandum (kadernota/voorjaarsnota), where next year's money is settled.</summary>
    SpringMemorandum,
    /// <summary>The autumn budget (begroting), where next year's money is fixed.</summary>
    Budget,
    /// <summary>Both have passed: only a budget amendment outside the regular cycle is left.</summary>
    TooLate,
}

/// <summary>The budget moment still open for the money needed after a pilot's funding ends.</summary>
/// <param name="Kind">Which moment.</param>
/// <param name="NeededFrom">The first day without pilot money.</param>
/// <param name="Deadline">The last day that moment is open (for <see cref="BudgetMomentKind.TooLate"/>: the budget deadline that passed).</param>
public sealed record BudgetMoment(BudgetMomentKind Kind, DateOnly NeededFrom, DateOnly Deadline)
{
    /// <summary>The year whose money is needed.</summary>
    public int BudgetYear => NeededFrom.Year;
}

/// <summary>
/// The Dutch municipal budget cycle as the pilot cliff reads it: money for a year is settled in the spring
/// of the year before (kadernota/voorjaarsnota, debated before the summer recess) and fixed in the autumn
/// budget of the year before (the Gemeentewet has the council adopt it before 15 November). A warning
/// after those moments comes too late for a council to act within the regular cycle.
/// </summary>
public static class BudgetCalendar
{
    /// <summary>The last day the spring memorandum of <paramref name="year"/> is taken as still open.</summary>
    public static DateOnly SpringDeadline(int year) => new(year, 7, 1);

    /// <summary>The day by which the budget for <paramref name="year"/> + 1 is adopted, in the autumn of <paramref name="year"/>.</summary>
    public static DateOnly BudgetDeadline(int year) => new(year, 11, 15);

    /// <summary>The next budget moment still open on <paramref name="today"/> for money from the day after <paramref name="fundingEnd"/>.</summary>
    public static BudgetMoment NextOpen(DateOnly fundingEnd, DateOnly today)
    {
        var neededFrom = fundingEnd.AddDays(1);
        var decidingYear = neededFrom.Year - 1;
        if (today <= SpringDeadline(decidingYear)) return new(BudgetMomentKind.SpringMemorandum, neededFrom, SpringDeadline(decidingYear));
        if (today <= BudgetDeadline(decidingYear)) return new(BudgetMomentKind.Budget, neededFrom, BudgetDeadline(decidingYear));
        return new(BudgetMomentKind.TooLate, neededFrom, BudgetDeadline(decidingYear));
    }

    /// <summary>Plain Dutch: "nog op tijd voor de voorjaarsnota 2027 (tot 1 juli 2027)".</summary>
    public static string Describe(BudgetMoment m) => m.Kind switch
    {
        BudgetMomentKind.SpringMemorandum =>
            $"Geld voor {m.BudgetYear} regelt de gemeente in de voorjaarsnota {m.BudgetYear - 1} en legt ze vast in de begroting {m.BudgetYear}: " +
            $"nog op tijd voor de voorjaarsnota {m.BudgetYear - 1} (tot {DutchLabels.Date(m.Deadline)}).",
        BudgetMomentKind.Budget =>
            $"De voorjaarsnota {m.BudgetYear - 1} is voorbij; nog op tijd voor de begroting {m.BudgetYear} (vastgesteld vóór {DutchLabels.Date(m.Deadline)}).",
        _ =>
            $"Te laat voor de gewone begrotingsronde: de begroting {m.BudgetYear} is op {DutchLabels.Date(m.Deadline)} al vastgesteld. " +
            "Alleen een begrotingswijziging kan nog.",
    };
}

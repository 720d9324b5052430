using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Intake;

/// <summary>Who reviews and invites for a municipality: the one place the intake asks a key for its steward scope.</summary>
public static class ReviewScope
{
    /// <summary>
    /// Whether <paramref name="caller"/> reviews registrations in, and invites for, <paramref name="municipality"/>:
    /// an admin, or a steward whose scope covers it (the same check as for decisions, so a wider steward scope applies here too).
    /// </summary>
    public static bool Covers(Caller caller, string municipality) => caller.Role == KeyRole.Admin || caller.MayDecideFor(municipality);
}

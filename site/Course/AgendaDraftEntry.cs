using TransitionLab.Core.Agenda;

namespace TransitionLab.Site.Course;

/// <summary>A participant's practice draft of a transition-agenda item, as they and their teacher read it back.</summary>
/// <param name="Participant">Who drafted it, as the cohort's pages name a participant; <c>null</c> on the participant's own page.</param>
/// <param name="Date">The day it was drafted.</param>
/// <param name="Belemmering">The belemmering to change.</param>
/// <param name="Level">The level that can change it.</param>
/// <param name="Owner">The organisation or role that would own the change.</param>
/// <param name="DecisionMoment">The next decision moment.</param>
/// <param name="Change">What should change.</param>
public sealed record AgendaDraftEntry(string? Participant, DateOnly Date, string Belemmering, ChangeLevel Level, string Owner, string DecisionMoment, string Change);

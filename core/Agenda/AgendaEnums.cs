namespace TransitionLab.Core.Agenda;

/// <summary>Where an agenda item stands.</summary>
public enum AgendaStatus
{
    /// <summary>Seen in the experiments, nobody works on it yet (gesignaleerd).</summary>
    Signalled,
    /// <summary>On the agenda of the level that can change it, with an owner (geagendeerd).</summary>
    OnAgenda,
    /// <summary>The change is being made (in verandering).</summary>
    Changing,
    /// <summary>The rule, budget or routine changed (opgelost).</summary>
    Solved,
    /// <summary>It stays as it is, for a stated reason (blijft staan).</summary>
    Stays,
}

/// <summary>The level that can change a regime belemmering.</summary>
public enum ChangeLevel
{
    /// <summary>The municipality (council, college, ordinance, budget).</summary>
    Municipality,
    /// <summary>The region (a youth-care or labour-market region, shared purchasing).</summary>
    Region,
    /// <summary>The national government (a law, a national rule or funding).</summary>
    National,
}

/// <summary>What a steward did with an item: a proposal nobody handled yet, or handled.</summary>
public enum AgendaDisposition
{
    /// <summary>Proposed automatically from the reflections; not yet handled by a steward.</summary>
    Proposed,
    /// <summary>On the agenda: accepted, updated, or created by a steward.</summary>
    Accepted,
    /// <summary>Dismissed by a steward, with a reason; not proposed again.</summary>
    Dismissed,
    /// <summary>Merged into another item, which now carries its belemmeringen and experiments.</summary>
    Merged,
}

namespace TransitionLab.Core.Reflections;

/// <summary>Who took part in a reflection. A verdict needs the resident perspective at least once.</summary>
public enum ParticipantRole
{
    /// <summary>Koploper: the person or team running the experiment.</summary>
    Frontrunner,
    /// <summary>Professional working with residents (e.g. in a neighbourhood team).</summary>
    Professional,
    /// <summary>Resident or lived-experience expert (ervaringsdeskundige).</summary>
    Resident,
    /// <summary>Policy officer of the municipality.</summary>
    MunicipalityPolicy,
    /// <summary>Someone from the existing regime: funder, inspector, purchaser, national body.</summary>
    RegimeActor,
    /// <summary>Participant of the transition management course.</summary>
    CourseParticipant,
}

/// <summary>What the cycle's test said about the hypothesis.</summary>
public enum HypothesisResult
{
    /// <summary>The data supports the hypothesis.</summary>
    Confirmed,
    /// <summary>Supported in part, or for part of the target group.</summary>
    PartlyConfirmed,
    /// <summary>The data contradicts the hypothesis.</summary>
    Refuted,
    /// <summary>Not enough data to tell yet.</summary>
    Inconclusive,
}

/// <summary>The decision at the end of a learning loop (lean start-up and RMA vocabulary).</summary>
public enum LoopDecision
{
    /// <summary>Keep going as planned.</summary>
    Persevere,
    /// <summary>Change the approach, keep the goal.</summary>
    Pivot,
    /// <summary>Repeat it in other places or link it to other domains.</summary>
    Broaden,
    /// <summary>Stop the experiment; publish the lessons.</summary>
    Stop,
}

/// <summary>
/// Evidence ladder modelled on the Dutch intervention databanks (Movisie, NJi):
/// the numeric value is the rung.
/// </summary>
public enum EvidenceLevel
{
    /// <summary>1: the practice is described.</summary>
    Described = 1,
    /// <summary>2: a theory of change explains why it should work.</summary>
    TheoryOfChange = 2,
    /// <summary>3: first indications of effect (before/after data).</summary>
    FirstIndications = 3,
    /// <summary>4: good indications (a comparison group).</summary>
    GoodIndications = 4,
    /// <summary>5: strong indications (replicated independently).</summary>
    StrongIndications = 5,
}

/// <summary>How much the numbers in a reflection can be trusted.</summary>
public enum DataReliability
{
    /// <summary>Estimates or anecdotes.</summary>
    Low,
    /// <summary>Own registration, not checked independently.</summary>
    Medium,
    /// <summary>Independent or audited registration.</summary>
    High,
}

/// <summary>Direction of the outcome in one context.</summary>
public enum OutcomeDirection
{
    /// <summary>Goals move towards their targets.</summary>
    Positive,
    /// <summary>No clear change.</summary>
    Neutral,
    /// <summary>Goals move away from their targets.</summary>
    Negative,
    /// <summary>Too early or no data.</summary>
    Unknown,
}

/// <summary>Where a barrier sits: only regime-level barriers need a rule change to solve.</summary>
public enum BarrierLevel
{
    /// <summary>Inside the experiment itself.</summary>
    Project,
    /// <summary>Inside one of the organisations involved.</summary>
    Organisation,
    /// <summary>In rules, funding, procurement or routines of the wider system.</summary>
    Regime,
}

/// <summary>Whether a barrier still stands.</summary>
public enum BarrierStatus
{
    /// <summary>Still in the way.</summary>
    Open,
    /// <summary>Bypassed for now, not solved.</summary>
    WorkedAround,
    /// <summary>Removed for good: the rule, budget or routine changed.</summary>
    Solved,
}

/// <summary>The recurring obstacles of the Dutch social domain (DOMAIN.md's taxonomy).</summary>
public enum BarrierKind
{
    /// <summary>Own strength confused with own responsibility.</summary>
    OwnStrengthAsOwnResponsibility,
    /// <summary>Reluctance to ask for help.</summary>
    ReluctanceToAskForHelp,
    /// <summary>Weak link between teams and informal networks.</summary>
    WeakLinkToInformalNetworks,
    /// <summary>Silos: youth, care and participation apart.</summary>
    Silos,
    /// <summary>No mandate for generalists (doorzettingsmacht).</summary>
    NoMandateForGeneralists,
    /// <summary>Distrust between specialists and generalists.</summary>
    DistrustBetweenSpecialistsAndGeneralists,
    /// <summary>National rules beating local tailoring.</summary>
    NationalRulesBeatLocalTailoring,
    /// <summary>No social infrastructure for citizens' initiatives.</summary>
    NoInfrastructureForCitizenInitiatives,
    /// <summary>Risk aversion: the bar is higher for the new than for the old.</summary>
    RiskAversion,
    /// <summary>Short-term or project funding.</summary>
    ShortTermFunding,
    /// <summary>Procurement and market forces.</summary>
    ProcurementAndMarketForces,
    /// <summary>Privacy rules used as a reason not to share (AVG).</summary>
    PrivacyAsReasonNotToShare,
    /// <summary>Lack of time and capacity.</summary>
    LackOfCapacity,
    /// <summary>People who carried the experiment leave, and what they knew leaves with them.</summary>
    StaffTurnover,
}

/// <summary>Route to the mainstream (Van Raak/Loorbach): fit the regime or change it.</summary>
public enum ScalingRoute
{
    /// <summary>Works under today's rules.</summary>
    FitAndConform,
    /// <summary>Rules, funding or procurement must change.</summary>
    StretchAndTransform,
}

/// <summary>Status of the plan to make the experiment structural.</summary>
public enum StructuralPlanStatus
{
    /// <summary>Nobody is preparing a structural form yet.</summary>
    None,
    /// <summary>A plan is being prepared.</summary>
    InPreparation,
    /// <summary>A plan with money is agreed.</summary>
    Agreed,
}

/// <summary>Whether a learning question has been answered.</summary>
public enum LearningQuestionStatus
{
    /// <summary>Not answered in any reflection yet.</summary>
    Open,
    /// <summary>Answered in a reflection; the answer is in that reflection's learning loop.</summary>
    Answered,
}

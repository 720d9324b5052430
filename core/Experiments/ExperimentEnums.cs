namespace TransitionLab.Core.Experiments;

/// <summary>Where an experiment is in its own life, as its frontrunners report it.</summary>
public enum ExperimentStatus
{
    /// <summary>Being prepared; no participants yet.</summary>
    Planned,
    /// <summary>Running with participants.</summary>
    Running,
    /// <summary>Ended as planned; results are in.</summary>
    Completed,
    /// <summary>Stopped early; its lessons remain a result.</summary>
    Stopped,
    /// <summary>Embedded in regular policy and funding.</summary>
    Mainstreamed,
}

/// <summary>Position on the build-up side of the X-curve (DRIFT): how far the alternative has come.</summary>
public enum XCurvePosition
{
    /// <summary>Pre-development: a niche, little visible change.</summary>
    PreDevelopment,
    /// <summary>Take-off: the practice starts to spread and attract attention.</summary>
    TakeOff,
    /// <summary>Acceleration: it spreads fast and starts to change structures.</summary>
    Acceleration,
    /// <summary>Stabilisation: it has become the new normal.</summary>
    Stabilisation,
}

/// <summary>Lifecycle stage of an experiment, from idea to mainstream.</summary>
public enum LifecycleStage
{
    /// <summary>An idea being shaped with partners.</summary>
    Idea,
    /// <summary>A time-boxed pilot on project money.</summary>
    Pilot,
    /// <summary>Consolidating what works, deepening in the same context.</summary>
    Consolidation,
    /// <summary>Broadening to other places or scaling up into the regime.</summary>
    Scaling,
    /// <summary>Part of regular policy, routines and funding.</summary>
    Mainstream,
}

namespace TransitionLab.Core.Reflections;

/// <summary>
/// How made-up demo reflections are told apart from real ones: the demo seeding records them under its own
/// name, so every reader (the site's notice, an export) can say plainly that they are examples.
/// </summary>
public static class DemoReflections
{
    /// <summary>The <see cref="Reflection.RecordedBy"/> of every demo reflection; never a key id (those start with <c>key_</c>).</summary>
    public const string RecordedBy = "demo";

    /// <summary>Whether <paramref name="reflection"/> was made up by the demo seeding.</summary>
    public static bool IsDemo(Reflection reflection) => reflection.RecordedBy == RecordedBy;
}

using TransitionLab.Core.Catalogue;

namespace TransitionLab.Site.Course.Reading;

/// <summary>Where a participant marks a module read; on the API's origin, because it needs the session.</summary>
public static class ReadUrls
{
    /// <summary>The note's id on the module page after marking it read.</summary>
    public const string SavedNoteId = "gelezen-opgeslagen";

    /// <summary>Where the "read" form posts.</summary>
    public static string Form(string module) => $"{SiteUrls.Module(module)}gelezen";

    /// <summary>The module page after marking it read, at the "saved" note.</summary>
    public static string Saved(string module) => $"{SiteUrls.Module(module)}?gelezen=1#{SavedNoteId}";
}

using System.Text;

namespace TransitionLab.Site.Intake;

/// <summary>
/// The shape of the registration form: its repeated rows and the four sections of the description, which the form
/// asks for one by one and the catalogue keeps as one Markdown body with a heading per section.
/// </summary>
public static class DraftForm
{
    /// <summary>Goal rows on the form.</summary>
    public const int GoalRows = 3;
    /// <summary>Link rows on the form.</summary>
    public const int LinkRows = 3;

    /// <summary>The sections of the description: form field name and heading.</summary>
    public static IReadOnlyList<(string Name, string Heading)> Sections { get; } =
    [
        ("body.watIsHet", IntakeText.WhatItIs),
        ("body.hoeWerktHet", IntakeText.HowItWorks),
        ("body.waaromExperiment", IntakeText.WhyExperiment),
        ("body.watWeNietWeten", IntakeText.NotYetKnown),
    ];

    /// <summary>The Markdown body of the filled-in sections, each under its own heading; empty sections are left out.</summary>
    public static string ComposeBody(IReadOnlyDictionary<string, string> sections)
    {
        var body = new StringBuilder();
        foreach (var (name, heading) in Sections)
            if (sections.GetValueOrDefault(name)?.Trim() is { Length: > 0 } text)
                body.Append("## ").Append(heading).Append("\n\n").Append(text.Replace("\r\n", "\n")).Append("\n\n");
        return body.ToString().TrimEnd('\n') is { Length: > 0 } composed ? composed + "\n" : "";
    }

    /// <summary>
    /// The sections of a Markdown body written by <see cref="ComposeBody"/> (or with the same headings). A body with
    /// other headings (registered through the JSON API) goes whole into the first section, so nothing is lost.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SplitBody(string? body)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(body)) return sections;
        string? current = null;
        var text = new StringBuilder();
        var clean = true;
        void Close()
        {
            if (current is not null) sections[current] = text.ToString().Trim();
            text.Clear();
        }
        foreach (var line in body.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line[3..].Trim();
                var section = Sections.FirstOrDefault(s => string.Equals(s.Heading, heading, StringComparison.OrdinalIgnoreCase)).Name;
                if (section is null || sections.ContainsKey(section)) { clean = false; break; }
                Close();
                current = section;
            }
            else if (current is null && line.Trim().Length > 0) { clean = false; break; }
            else text.Append(line).Append('\n');
        }
        if (!clean) return new Dictionary<string, string>(StringComparer.Ordinal) { [Sections[0].Name] = body.Trim() };
        Close();
        return sections;
    }
}

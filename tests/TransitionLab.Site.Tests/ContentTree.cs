using TransitionLab.Core.Content;

namespace TransitionLab.Site.Tests;

/// <summary>A small valid content folder in a temporary directory, to be broken one file at a time.</summary>
internal sealed class ContentTree : IDisposable
{
    private readonly TempFolder _folder = new();

    public const string Experiment = """
        ---
        title: Netwerkberaden
        slug: netwerkberaden
        summary: Een gezin maakt samen met het eigen netwerk een plan.
        municipality: Middelburg
        region: Zeeland
        themes: [jeugd]
        concepts: [regime]
        status: running
        start_date: 2019-09-01
        funding:
          source: Projectsubsidie
        frontrunners: [Wijkteam]
        goals:
          - id: minder-uithuisplaatsingen
            description: Minder kinderen uit huis geplaatst
            target_group: Gezinnen met jeugdhulp
            unit: aantal per jaar
            baseline: 40
            target: 20
        x_curve: take-off
        stage: pilot
        ---
        Zie [het regime](/begrippen/regime/).
        """;

    public ContentTree()
    {
        Write("experiments/netwerkberaden.md", Experiment);
        Write("themes/jeugd.md", "---\ntitle: Jeugd\nslug: jeugd\nsummary: Jeugdhulp dichtbij.\n---\nTekst.\n");
        Write("concepts/regime.md", "---\ntitle: Regime\nslug: regime\nsummary: De dominante manier van werken.\n---\nTekst.\n");
    }

    public string Path => _folder.Path;

    public ContentTree Write(string relative, string text)
    {
        var path = _folder.File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return this;
    }

    /// <summary>Writes the experiment with <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    public ContentTree ChangeExperiment(string from, string to)
    {
        Assert.Contains(from, Experiment);
        return Write("experiments/netwerkberaden.md", Experiment.Replace(from, to));
    }

    public IReadOnlyList<ContentProblem> Problems() => ContentLoader.Load(Path).Problems;

    public void Dispose() => _folder.Dispose();
}

namespace TransitionLab.Api.Hosting;

/// <summary>Command-line switches that the configuration system cannot read as they are.</summary>
public static class CommandLine
{
    /// <summary>
    /// <c>--seed-demo</c> is a flag without a value; the configuration reader would take the next
    /// argument as its value, so it becomes <c>--Demo=seed</c>.
    /// </summary>
    public static string[] Normalise(string[] args) =>
        args.Select(a => a == "--seed-demo" ? "--Demo=seed" : a).ToArray();
}

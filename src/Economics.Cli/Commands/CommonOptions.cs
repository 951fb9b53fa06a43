using System.CommandLine;

namespace Economics.Cli.Commands;

/// <summary>The arguments and options several commands share. Each call makes a new instance (a symbol has one parent).</summary>
public static class CommonOptions
{
    /// <summary>The optional scenario file; the embedded baseline when omitted.</summary>
    public static Argument<string?> ScenarioArgument() => new("scenario")
    {
        Description = "Scenario JSON file (e.g. data/scenarios/fast-taper.json). Omit it to use the embedded baseline.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>A required scenario file.</summary>
    public static Argument<string> RequiredScenarioArgument() => new("scenario")
    {
        Description = "Scenario JSON file, e.g. data/scenarios/baseline.json.",
    };

    /// <summary><c>--set path=value</c>, repeatable: overrides any scenario field by its JSON path.</summary>
    public static Option<string[]> SetOption() => new("--set", "-s")
    {
        Description = "Override a scenario field by its JSON path, e.g. --set emissions.stopAtMonth=24 "
            + "--set cohorts[1].initialNodes=40. Repeat for several fields.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        HelpName = "path=value",
    };

    /// <summary><c>--out DIR</c>: where output files go.</summary>
    public static Option<string?> OutOption(string defaultDescription) => new("--out", "-o")
    {
        Description = $"Output directory (default {defaultDescription}). Files are replaced only by complete ones.",
        HelpName = "DIR",
    };

    /// <summary><c>--format</c>: a comma-separated list of output formats.</summary>
    public static Option<string> FormatOption() => new("--format", "-f")
    {
        Description = "Comma-separated output formats: csv (always written), html, png, svg. PNG and SVG need Chromium "
            + "at /usr/bin/chromium (apt-get install -y chromium).",
        DefaultValueFactory = _ => "csv",
        HelpName = "csv,html,png,svg",
    };
}

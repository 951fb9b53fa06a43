using System.CommandLine;

namespace Economics.Cli.Commands;

/// <summary>The arguments and options several commands share. Each call makes a new instance (a symbol has one parent).</summary>
public static class CommonOptions
{
    /// <summary>The optional scenario file; the embedded baseline when omitted.</summary>
    public static Argument<string?> ScenarioArgument() => new("scenario")
    {
        Description = "Scenario JSON file (e.g. data/scenarios/fast-vesting.json), or a shipped scenario's name (fast-vesting). Omit it to use the embedded baseline.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>A required scenario file.</summary>
    public static Argument<string> RequiredScenarioArgument() => new("scenario")
    {
        Description = "Scenario JSON file (e.g. data/scenarios/baseline.json), or a shipped scenario's name (baseline).",
    };

    /// <summary><c>--set path=value</c>, repeatable: overrides any scenario field by its JSON path.</summary>
    public static Option<string[]> SetOption() => new("--set", "-s")
    {
        Description = "Override a scenario field by its JSON path, e.g. --set token.pools[0].stopMonth=24 "
            + "--set cohorts[0].initialNodes=40. Repeat for several fields.",
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

    /// <summary><c>--width</c>: PNG/SVG width in CSS px.</summary>
    public static Option<int> WidthOption() => new("--width")
    {
        Description = "Width of PNG/SVG charts in px (100–10000).",
        DefaultValueFactory = _ => Charts.Export.ImageSize.Default.Width,
        HelpName = "PX",
    };

    /// <summary><c>--height</c>: PNG/SVG height in CSS px.</summary>
    public static Option<int> HeightOption() => new("--height")
    {
        Description = "Height of PNG/SVG charts in px (100–10000).",
        DefaultValueFactory = _ => Charts.Export.ImageSize.Default.Height,
        HelpName = "PX",
    };

    /// <summary><c>--scale</c>: device pixels per px (PNG resolution).</summary>
    public static Option<double> ScaleOption() => new("--scale")
    {
        Description = "PNG pixels per px: 2 doubles the resolution (like a 192-DPI screen). 0.25–10.",
        DefaultValueFactory = _ => Charts.Export.ImageSize.Default.Scale,
        HelpName = "FACTOR",
    };

    /// <summary>The image size from <c>--width</c>, <c>--height</c> and <c>--scale</c>; out-of-range values are bad input.</summary>
    public static Charts.Export.ImageSize ImageSize(int width, int height, double scale)
    {
        try
        {
            return new Charts.Export.ImageSize(width, height, scale);
        }
        catch (ArgumentOutOfRangeException e) when (width * scale > Charts.Export.ImageSize.MaxDevicePixels || height * scale > Charts.Export.ImageSize.MaxDevicePixels)
        {
            throw new CliInputException($"--width/--height/--scale: {e.Message.Split(" (Parameter")[0]}; lower --scale or the size.", e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CliInputException(
                $"--{e.ParamName}: {e.ActualValue} is out of range; width and height are 100–10000 px, scale 0.25–10.");
        }
    }
}

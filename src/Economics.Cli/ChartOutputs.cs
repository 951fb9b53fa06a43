using Economics.Model.Results;

namespace Economics.Cli;

/// <summary>Writes the charts a command was asked for (<c>--format html,png,svg</c>) under <c>DIR/charts/</c>.</summary>
public static class ChartOutputs
{
    /// <summary>Writes the charts of one run; returns the files written.</summary>
    public static IReadOnlyList<string> ForRun(SimulationResult result, string directory, OutputFormats formats, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(console);
        if (formats.AnyChart)
        {
            throw new CliInputException("--format: chart export (html, png, svg) is not available in this build yet.");
        }

        return [];
    }
}

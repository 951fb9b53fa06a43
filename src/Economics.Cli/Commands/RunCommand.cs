using System.CommandLine;
using Economics.Analysis.Output;
using Economics.Model.Engine;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ run [scenario] [--set path=value]… [--out DIR]</c>: one deterministic run and its answers.</summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/");
        var format = CommonOptions.FormatOption();
        var width = CommonOptions.WidthOption();
        var height = CommonOptions.HeightOption();
        var scale = CommonOptions.ScaleOption();
        var command = new Command(
            "run",
            "Run the monthly model once (deterministic: the GBM price follows its median path) and write "
            + "monthly.csv (one row per month) and summary.json (the answers), then print the answers.\n\n"
            + "Examples:\n"
            + "  econ run                                          the embedded baseline → out/baseline/\n"
            + "  econ run data/scenarios/emissions-cliff.json --out out/cliff\n"
            + "  econ run --set emissions.stopAtMonth=12 --set fees.policy.usdPerInference=0.005\n"
            + "  econ run --format csv,html,png --width 1200 --height 650   charts under out/baseline/charts/")
        {
            scenario,
            set,
            output,
            format,
            width,
            height,
            scale,
        };
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var formats = OutputFormats.Parse(parse.GetValue(format));
            var size = CommonOptions.ImageSize(parse.GetValue(width), parse.GetValue(height), parse.GetValue(scale));
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
            using var folder = OutputFolder.Begin(parse.GetValue(output) ?? RunOutputs.DefaultDirectory(loaded.Name), ChartOutputs.ChartsFolder);
            var result = Simulation.Run(loaded);
            var staged = RunOutputs.Write(result, folder.Staging).ToList();
            staged.AddRange(ChartOutputs.ForRun(result, folder.Staging, formats, console, size));
            folder.Commit();
            var written = folder.FinalPaths(staged);

            console.Out.Write(AnswersTable.Create(result));
            foreach (var file in written)
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

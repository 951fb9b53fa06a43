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
            + "monthly.csv (one row per month), markets.csv (one row per month and market) and summary.json (the answers, and the --set overrides of the run), then "
            + "print the answers. With --set, the default folder is out/<scenario name>+set-<hash of the overrides>/, so "
            + "the scenario's own outputs are not replaced.\n\n"
            + "Examples:\n"
            + "  econ run                                          the embedded baseline → out/baseline/\n"
            + "  econ run data/scenarios/subsidy-cliff.json --out out/cliff\n"
            + "  econ run --set token.pools[0].stopMonth=12 --set fees.policy.markupFraction=0.5   → out/baseline+set-<hash>/\n"
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
            var overrides = OutputNames.Normalized(parse.GetValue(set));
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), overrides);
            using var folder = OutputFolder.Begin(parse.GetValue(output) ?? RunOutputs.DefaultDirectory(OutputNames.For(loaded.Name, overrides)), ChartOutputs.ChartsFolder);
            var result = Simulation.Run(loaded);
            var staged = RunOutputs.Write(result, folder.Staging, overrides).ToList();
            staged.AddRange(ChartOutputs.ForRun(result, folder.Staging, formats, console, size, staged));
            folder.Commit();
            var written = folder.FinalPaths(staged);

            console.Out.Write(AnswersTable.Create(result, overrides));
            foreach (var file in written)
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

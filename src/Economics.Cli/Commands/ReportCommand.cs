using System.CommandLine;
using Economics.Analysis.Output;
using Economics.Charts.Report;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ report [scenario] [--set path=value]… [--out FILE]</c>: one self-contained HTML report of a run.</summary>
public static class ReportCommand
{
    /// <summary>File name of the report in the default output directory.</summary>
    public const string DefaultFileName = "report.html";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"Report file (default out/<scenario name>/{DefaultFileName}; with --set, out/<scenario name>+set-<hash>/{DefaultFileName}). Replaced only by a complete file.",
            HelpName = "FILE",
        };
        var command = new Command(
            "report",
            "Run the model once and write ONE self-contained HTML file to attach to an email: the scenario's description, "
            + "the answers in words, every chart (interactive, plotly.js inlined, works offline) and the assumptions table.\n\n"
            + "Examples:\n"
            + "  econ report                                        the embedded baseline → out/baseline/report.html\n"
            + "  econ report data/scenarios/subsidy-cliff.json --out cliff.html\n"
            + "  econ report --set fees.policy.markupFraction=0.5")
        {
            scenario,
            set,
            output,
        };
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var overrides = OutputNames.Normalized(parse.GetValue(set));
            string? scenarioPath = parse.GetValue(scenario);
            var loaded = ScenarioInput.Load(scenarioPath, overrides);
            var path = parse.GetValue(output) ?? Path.Combine(RunOutputs.DefaultDirectory(OutputNames.For(loaded.Name, overrides)), DefaultFileName);
            if (Directory.Exists(path))
            {
                throw new CliInputException($"--out: '{path}' is a directory; give the report's file name, e.g. {Path.Combine(path, DefaultFileName)}.");
            }

            var result = Simulation.Run(loaded);
            RunReport.Write(result, path, notes: ScenarioNotes.Of(ScenarioInput.Source(scenarioPath), ScenarioInput.Overrides(overrides)));
            console.Out.Write(AnswersTable.Create(result, overrides));
            console.Out.MarkupLine($"wrote [link]{Markup.Escape(Path.GetFullPath(path))}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }
}

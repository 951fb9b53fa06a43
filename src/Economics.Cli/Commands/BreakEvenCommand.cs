using System.CommandLine;
using System.Text.Json;
using Economics.Analysis.BreakEven;
using Economics.Analysis.Output;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ breakeven [scenario] --solve PATH --metric M [--target 0] --lo A --hi B</c>: the value of one
/// field at which a metric hits a target (Brent's method).</summary>
public static class BreakEvenCommand
{
    /// <summary>File name of the solution.</summary>
    public const string FileName = "breakeven.json";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/breakeven/");
        var solve = new Option<string>("--solve")
        {
            Description = "JSON path of the numeric field to solve for, e.g. fees.policy.markupFraction.",
            Required = true,
            HelpName = "PATH",
        };
        var metric = AnalysisInput.MetricOption("cumulativeOperatorProfit");
        var target = new Option<double>("--target")
        {
            Description = "The metric value sought, in the metric's unit (default 0).",
            DefaultValueFactory = _ => 0.0,
            HelpName = "VALUE",
        };
        var low = new Option<double>("--lo") { Description = "Lower end of the bracket, in the field's unit.", Required = true, HelpName = "LO" };
        var high = new Option<double>("--hi") { Description = "Upper end of the bracket, in the field's unit.", Required = true, HelpName = "HI" };
        var command = new Command(
            "breakeven",
            "Find the value of one field in [lo, hi] at which a summary metric equals the target (Brent's method). "
            + "The metric must cross the target between lo and hi; if it does not, the metric at both ends is printed "
            + "(exit 2). The solution is checked: if the metric there is not the target (it jumps over it, e.g. when a "
            + "node leaves), no value gives the target and the two values it jumps between are printed (exit 2). "
            + "Writes breakeven.json.\n\n"
            + "Examples:\n"
            + "  econ breakeven --solve fees.policy.markupFraction --metric userPriceVsOutside --target 2.5 --lo 0 --hi 3\n"
            + "  econ breakeven --solve token.pools[0].payout.tokens --metric subsidyEndMonth --target 66.5 --lo 5000000 --hi 8000000   # exits 2: crosses the target month 66.5 discontinuously")
        {
            scenario,
            set,
            solve,
            metric,
            target,
            low,
            high,
            output,
        };
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "breakeven"));
            var result = AnalysisInput.Guard(() => BreakEvenSolver.Solve(
                loaded, parse.GetValue(solve)!, parse.GetValue(metric)!, parse.GetValue(target), parse.GetValue(low), parse.GetValue(high)));
            if (!result.Found)
            {
                throw new CliInputException(result.Message);
            }

            string staged = Path.Combine(folder.Staging, FileName);
            AtomicFile.WriteAllText(staged, JsonSerializer.Serialize(result, SummaryJson.Options) + "\n");
            folder.Commit();
            string file = folder.FinalPath(staged);
            console.Out.MarkupLine($"[green]solved[/] {Markup.Escape(result.Message)} ({result.Evaluations} runs)");
            console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }
}

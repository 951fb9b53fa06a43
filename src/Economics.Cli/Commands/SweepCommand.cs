using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Output;
using Economics.Analysis.Sweeps;
using Economics.Analysis.Text;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ sweep [scenario] --x path=lo:hi:n [--y path=lo:hi:n] --metric M</c>: where the viable region is.</summary>
public static class SweepCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/sweep/");
        var x = new Option<string>("--x")
        {
            Description = "First axis: path=lo:hi:n, e.g. fees.policy.markupFraction=0:2:50 (n evenly spaced values, both ends included).",
            Required = true,
            HelpName = "path=lo:hi:n",
        };
        var y = new Option<string?>("--y")
        {
            Description = "Optional second axis, same form; the grid is the full cartesian product (at most 1,000,000 cells).",
            HelpName = "path=lo:hi:n",
        };
        var metric = new Option<string[]>("--metric", "-m")
        {
            Description = "Summary metric(s) to read from each cell (repeatable; default survivingNodes).",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "M",
        };
        var contour = new Option<double?>("--contour")
        {
            Description = "With --format: draw the contour (2-D) or line (1-D) where the metric equals this value. Default: the "
                + "metric's break-even level where it has one (1 for breakEvenFeeRatio and userPriceVsOutside, 0 for "
                + "cumulativeOperatorProfit, 0.5 for survivingNodeShare).",
            HelpName = "LEVEL",
        };
        var threads = AnalysisInput.ThreadsOption();
        var charts = new ChartOptions();
        var command = new Command(
            "sweep",
            "Run a full grid over one or two numeric fields (any JSON path) and write sweep.csv in long format "
            + "(x_path,x,y_path,y,metric,value), ready for a heatmap; --format html,png,svg adds a heatmap per metric (a line "
            + "for one axis) under <out>/charts/.\n\n"
            + "Examples:\n"
            + "  econ sweep --x token.pools[0].vestingMonths=12:96:8 --metric survivingNodes\n"
            + "  econ sweep --x fees.policy.markupFraction=0:2:50 --y markets[0].demand.growth.monthlyRate=0.02:0.12:50\n"
            + "  econ sweep --x token.pools[0].vestingMonths=12:96:8 --y markets[0].demand.growth.monthlyRate=0.02:0.12:6 --format html,png")
        {
            scenario,
            set,
            x,
            y,
            metric,
            contour,
            threads,
            output,
        };
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            var xAxis = Axis("--x", parse.GetValue(x));
            var yAxis = parse.GetValue(y) is { } ySpec ? Axis("--y", ySpec) : null;
            string[] metrics = parse.GetValue(metric) is { Length: > 0 } given ? given : ["survivingNodes"];
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
            int cells = (int)Math.Min(int.MaxValue, (long)xAxis.Count * (yAxis?.Count ?? 1));
            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "sweep"), ChartOutputs.ChartsFolder);
            var result = AnalysisInput.Guard(() => LongWork.WithProgress(console, "sweep cells", cells,
                progress => ParameterSweep.Run(loaded, xAxis, yAxis, metrics, parse.GetValue(threads), progress, OutputCancellation.Token)));
            string staged = result.Write(folder.Staging);
            var stagedCharts = ChartOutputs.ForSweep(result, parse.GetValue(contour), folder.Staging, formats, console, size, [staged]);
            folder.Commit();
            string file = folder.FinalPath(staged);
            var chartFiles = folder.FinalPaths(stagedCharts);
            var table = new Table { Title = new TableTitle(Markup.Escape($"Sweep — {loaded.Name}: {xAxis}{(yAxis is null ? "" : " × " + yAxis)}")) }
                .AddColumn("Metric").AddColumn("Min").AddColumn("Max").AddColumn("Not applicable cells");
            for (int m = 0; m < metrics.Length; m++)
            {
                var values = result.Values.Select(v => v[m]).ToArray();
                var finite = values.Where(double.IsFinite).ToArray();
                table.AddRow(
                    new Text($"{HumanFormat.Label(metrics[m])} ({metrics[m]})"),
                    new Text(finite.Length > 0 ? AnalysisInput.Show(metrics[m], finite.Min()) : HumanFormat.NotApplicable),
                    new Text(finite.Length > 0 ? AnalysisInput.Show(metrics[m], finite.Max()) : HumanFormat.NotApplicable),
                    new Text((values.Length - finite.Length).ToString(CultureInfo.InvariantCulture)));
            }

            console.Out.Write(table);
            console.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{result.Values.Count:N0} cells; wrote [link]{Markup.Escape(file)}[/]"));
            foreach (string written in chartFiles)
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(written)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static SweepAxis Axis(string option, string? spec) =>
        SweepAxis.TryParse(spec, out var axis, out string error) ? axis! : throw new CliInputException($"{option}: {error}");
}

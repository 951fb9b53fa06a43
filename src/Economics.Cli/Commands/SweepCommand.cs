using System.CommandLine;
using System.Globalization;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Output;
using Economics.Analysis.Sweeps;
using Economics.Analysis.Text;
using Economics.Charts.Analysis;
using Economics.Charts.Export;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ sweep [scenario] --x path=lo:hi:n [--y path=lo:hi:n] --metric M</c>: where the viable region is.</summary>
public static class SweepCommand
{
    // A deterministic sweep and a P(viable) grid share the folder: each replaces the other's table and charts.
    private static readonly string[] SweepFolderEntries = [ChartOutputs.ChartsFolder, SweepResult.FileName, ViabilityGridResult.FileName];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/sweep/");
        var x = new Option<string>("--x")
        {
            Description = "First axis: path=lo:hi:n, e.g. fees.policy.markupFraction=0:2:50 (n evenly spaced values, both ends included; a whole-number field such as a month rounds each to the nearest whole number, and the n rounded values must differ).",
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
        var paths = AnalysisInput.CheckedPaths(new Option<int?>("--paths", "-n")
        {
            Description = "Monte Carlo paths per cell (1–10,000,000; cells × paths at most 100,000,000): instead of metrics, count "
                + "P(viable 12 and 24 months after the subsidy ends) in every cell over the scenario's uncertainty[] and price "
                + "shocks, and write viability-grid.csv; --contour is then a probability (default 0.5).",
            HelpName = "N",
        });
        var seed = new Option<int?>("--seed")
        {
            Description = "With --paths: seed of the random streams (default: the scenario's monteCarlo.seed). Path i of every cell "
                + "draws the same numbers, so neighbouring cells differ by the fields, not by noise.",
            HelpName = "S",
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
            + "  econ sweep --x token.pools[0].vestingMonths=12:96:8 --y markets[0].demand.growth.monthlyRate=0.02:0.12:6 --format html,png\n"
            + "  econ sweep --x fees.policy.markupFraction=0:1:3 --y markets[0].willingnessToPay.spread=0.5:2:3 --paths 200   P(viable) per cell")
        {
            scenario,
            set,
            x,
            y,
            metric,
            contour,
            paths,
            seed,
            threads,
            output,
        };
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            var xAxis = Axis("--x", parse.GetValue(x));
            var yAxis = parse.GetValue(y) is { } ySpec ? Axis("--y", ySpec) : null;
            if (parse.GetValue(paths) is { } pathsPerCell)
            {
                return RunViabilityGrid(console, parse, scenario, set, output, xAxis, yAxis, pathsPerCell, parse.GetValue(seed), parse.GetValue(metric), parse.GetValue(contour), parse.GetValue(threads), formats, size);
            }

            if (parse.GetValue(seed) is not null)
            {
                throw new CliInputException("--seed: a sweep without --paths runs one deterministic run per cell; add --paths N to count P(viable) over random paths");
            }

            string[] metrics = parse.GetValue(metric) is { Length: > 0 } given ? given : ["survivingNodes"];
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
            int cells = (int)Math.Min(int.MaxValue, (long)xAxis.Count * (yAxis?.Count ?? 1));
            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "sweep"), SweepFolderEntries);
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

    // --paths: P(viable 12 and 24 months after the subsidy ends) per cell (ViabilityGrid), viability-grid.csv and a heatmap
    // (or line) per month with its contour at the chosen probability.
    private static int RunViabilityGrid(CliConsole console, ParseResult parse, Argument<string?> scenario, Option<string[]> set, Option<string?> output,
        SweepAxis xAxis, SweepAxis? yAxis, int pathsPerCell, int? seed, string[]? metrics, double? contour, int? threads, OutputFormats formats, ImageSize? size)
    {
        if (metrics is { Length: > 0 })
        {
            throw new CliInputException("--metric: with --paths the sweep counts P(viable 12 and 24 months after the subsidy ends) in each cell; drop --metric, or drop --paths for deterministic metrics");
        }

        if (contour is { } level && !(level >= 0 && level <= 1))
        {
            throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"--contour: with --paths the contour is a probability between 0 and 1, not {level}"));
        }

        var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
        var options = new MonteCarloOptions { Paths = pathsPerCell, Seed = seed ?? loaded.MonteCarlo.Seed, Threads = threads };
        AnalysisInput.Guard(() =>
        {
            options.Check();
            return 0;
        });
        long cells = (long)xAxis.Count * (yAxis?.Count ?? 1);
        int total = (int)Math.Min(int.MaxValue, cells * pathsPerCell);
        using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "sweep"), SweepFolderEntries);
        var result = AnalysisInput.Guard(() => LongWork.WithProgress(console, "paths", total,
            progress => ViabilityGrid.Run(loaded, xAxis, yAxis, options, progress, OutputCancellation.Token)));
        string staged = result.Write(folder.Staging);
        var stagedCharts = ChartOutputs.ForViabilityGrid(result, contour, folder.Staging, formats, console, size, [staged]);
        folder.Commit();
        var table = new Table { Title = new TableTitle(Markup.Escape($"P(viable) — {loaded.Name}: {xAxis}{(yAxis is null ? "" : " × " + yAxis)}")) }
            .AddColumn("Months after the subsidy ends").AddColumn("Lowest").AddColumn("Highest").AddColumn("Cells with no evaluable path").AddColumn("Answer");
        double at = contour ?? ViabilityGridCharts.DefaultLevel;
        foreach (int after in result.MonthsAfter)
        {
            var ps = Enumerable.Range(0, result.Cells).Select(c => result.Probability(c, after)).ToArray();
            var finite = ps.Where(double.IsFinite).ToArray();
            table.AddRow(
                new Text(after.ToString(CultureInfo.InvariantCulture)),
                new Text(finite.Length > 0 ? HumanFormat.Percent(finite.Min()) : HumanFormat.NotApplicable),
                new Text(finite.Length > 0 ? HumanFormat.Percent(finite.Max()) : HumanFormat.NotApplicable),
                new Text((ps.Length - finite.Length).ToString(CultureInfo.InvariantCulture)),
                new Text(ViabilityGridCharts.Answer(result, after, at)));
        }

        console.Out.Write(table);
        console.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{result.Cells:N0} cells × {result.Paths:N0} paths (seed {result.Seed}); wrote [link]{Markup.Escape(folder.FinalPath(staged))}[/]"));
        foreach (string written in folder.FinalPaths(stagedCharts))
        {
            console.Out.MarkupLine($"wrote [link]{Markup.Escape(written)}[/]");
        }

        return ExitCodes.Ok;
    }

    private static SweepAxis Axis(string option, string? spec) =>
        SweepAxis.TryParse(spec, out var axis, out string error) ? axis! : throw new CliInputException($"{option}: {error}");
}

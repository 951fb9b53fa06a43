using System.CommandLine;
using Economics.Analysis.Comparison;
using Economics.Analysis.Output;
using Economics.Analysis.Text;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ compare a.json b.json …</c>: scenarios side by side.</summary>
public static class CompareCommand
{
    /// <summary>The answers shown in the terminal table, by summary.json key (comparison.csv has every key).</summary>
    private static readonly string[] Shown =
    [
        "subsidyEndMonth", "viabilityCliffMonth", "survivingNodes", "peakSubsidyDependence", "requiredFeeIncreaseFactor",
        "userPriceVsOutside", "demandLostShare", "cumulativeOperatorProfitUsd",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenarios = new Argument<string[]>("scenarios")
        {
            Description = "Scenarios to compare (one or more): JSON files (e.g. data/scenarios/fast-vesting.json), or shipped scenarios' names (baseline, fast-vesting, bear-market).",
            Arity = ArgumentArity.OneOrMore,
        };
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/compare/");
        var charts = new ChartOptions();
        var command = new Command(
            "compare",
            "Run several scenarios and write comparison.csv (one row per scenario, one column per summary answer), "
            + "comparison_monthly.csv (the monthly series of each, aligned by month) and each scenario's monthly.csv and "
            + "summary.json under <out>/<scenario name>/. --set applies to every scenario. --format html,png,svg adds overlays of "
            + "the key monthly series (nodes, subsidy dependence, profit per node, user price, break-even fee, token price) "
            + "under <out>/charts/.\n\n"
            + "Examples:\n"
            + "  econ compare baseline data/scenarios/fast-vesting.json data/scenarios/subsidy-cliff.json\n"
            + "  econ compare baseline data/scenarios/bear-market.json --format html,png --out out/compare")
        {
            scenarios,
            set,
            output,
        };
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            var sets = OutputNames.Normalized(parse.GetValue(set));
            var loaded = (parse.GetValue(scenarios) ?? []).Select(path =>
                ScenarioInput.Load(path, sets)).ToArray();
            using var folder = OutputFolder.Begin(parse.GetValue(output) ?? Path.Combine("out", OutputNames.For("compare", sets)), ChartOutputs.ChartsFolder);
            var result = AnalysisInput.Guard(() => ScenarioComparison.Run(loaded));
            var stagedTables = result.Write(folder.Staging, sets);
            var stagedCharts = ChartOutputs.ForComparison(result, folder.Staging, formats, console, size, stagedTables);
            folder.Commit();
            var written = folder.FinalPaths(stagedTables);
            var chartFiles = folder.FinalPaths(stagedCharts);
            console.Out.Write(Table(result, sets));
            console.Out.MarkupLine($"wrote [link]{Markup.Escape(written[0])}[/], [link]{Markup.Escape(written[1])}[/] and {written.Count - 2} per-scenario files");
            foreach (string file in chartFiles)
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    // One row per answer (labelled, in its unit), one column per scenario: readable however many scenarios there are.
    private static Table Table(ComparisonResult result, IReadOnlyList<string> overrides)
    {
        var table = new Table
        {
            Title = new TableTitle(overrides.Count == 0 ? "Comparison" : Markup.Escape("Comparison, every scenario with --set " + string.Join(", ", overrides))),
        }.AddColumn("Answer");
        foreach (var run in result.Runs)
        {
            table.AddColumn(new TableColumn(Markup.Escape(run.Scenario.Name)).RightAligned());
        }

        foreach (string key in Shown.Where(result.Metrics.Contains))
        {
            var cells = new List<Text> { new(HumanFormat.Label(key)) };
            for (int i = 0; i < result.Runs.Count; i++)
            {
                double value = result.Value(i, key);
                cells.Add(new Text(HumanFormat.UnitOf(key) != MetricUnit.Month ? HumanFormat.Value(key, value)
                    : double.IsNaN(value) ? HumanFormat.Never // summary.json's null
                    : HumanFormat.Month((int)Math.Round(value), result.Runs[i].Date)));
            }

            table.AddRow(cells);
        }

        return table;
    }
}

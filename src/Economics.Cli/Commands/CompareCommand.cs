using System.CommandLine;
using Economics.Analysis.Comparison;
using Economics.Analysis.Output;
using Economics.Model.Scenarios;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ compare a.json b.json …</c>: scenarios side by side.</summary>
public static class CompareCommand
{
    /// <summary>Metrics shown in the terminal table (comparison.csv has all of them).</summary>
    private static readonly string[] Shown =
    [
        "emissionsEndMonth", "viabilityCliffMonth", "survivingNodes", "peakSubsidyDependence", "breakEvenFeeRatio",
        "userPriceVsCentralized", "cumulativeOperatorProfit",
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenarios = new Argument<string[]>("scenarios")
        {
            Description = "Scenario JSON files to compare (one or more; 'baseline' names the embedded baseline).",
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
            + "  econ compare baseline data/scenarios/fast-taper.json data/scenarios/emissions-cliff.json\n"
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
            string[] sets = parse.GetValue(set) ?? [];
            var loaded = (parse.GetValue(scenarios) ?? []).Select(path =>
                ScenarioInput.Load(string.Equals(path, "baseline", StringComparison.Ordinal) ? null : path, sets)).ToArray();
            using var folder = OutputFolder.Begin(parse.GetValue(output) ?? Path.Combine("out", "compare"), ChartOutputs.ChartsFolder);
            var result = AnalysisInput.Guard(() => ScenarioComparison.Run(loaded));
            var stagedTables = result.Write(folder.Staging);
            var stagedCharts = ChartOutputs.ForComparison(result, folder.Staging, formats, console, size);
            folder.Commit();
            var written = folder.FinalPaths(stagedTables);
            var chartFiles = folder.FinalPaths(stagedCharts);
            console.Out.Write(Table(result, loaded));
            console.Out.MarkupLine($"wrote [link]{Markup.Escape(written[0])}[/], [link]{Markup.Escape(written[1])}[/] and {written.Count - 2} per-scenario files");
            foreach (string file in chartFiles)
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Table Table(ComparisonResult result, Scenario[] scenarios)
    {
        var table = new Table { Title = new TableTitle("Comparison") }.AddColumn("Scenario");
        foreach (string metric in Shown)
        {
            table.AddColumn(metric);
        }

        for (int i = 0; i < scenarios.Length; i++)
        {
            table.AddRow([new Text(scenarios[i].Name), .. Shown.Select(m => new Text(AnalysisInput.Show(result.Value(i, m))))]);
        }

        return table;
    }
}

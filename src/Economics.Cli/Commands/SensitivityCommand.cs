using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Output;
using Economics.Analysis.Sensitivity;
using Economics.Analysis.Text;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ sensitivity [scenario] --metric M [--vary path]…</c>: which assumption matters most (a tornado).</summary>
public static class SensitivityCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/sensitivity/");
        var metric = AnalysisInput.MetricOption("survivingNodes");
        var vary = new Option<string[]>("--vary")
        {
            Description = "Also vary this JSON path by ±20% (repeatable), e.g. --vary cohorts[0].overheadUsdPerMonth.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "path",
        };
        var threads = AnalysisInput.ThreadsOption();
        var charts = new ChartOptions();
        var command = new Command(
            "sensitivity",
            "One-at-a-time sensitivity (tornado): each uncertainty[] input at its P10 and P90 (clamped to its bounds), "
            + "each --vary path at ±20%, others at base; ranked by how far each moves the chosen summary metric from its base value (the larger of |low − base| and |high − base|). Writes tornado.csv; --format html,png,svg adds the tornado chart "
            + "under <out>/charts/.\n\n"
            + "Examples:\n"
            + "  econ sensitivity --metric survivingNodes\n"
            + "  econ sensitivity --metric cumulativeOperatorProfit --vary cohorts[0].overheadUsdPerMonth\n"
            + "  econ sensitivity --metric breakEvenFeeRatio --format html,png")
        {
            scenario,
            set,
            metric,
            vary,
            threads,
            output,
        };
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
            var options = new SensitivityOptions { ExtraPaths = parse.GetValue(vary) ?? [], Threads = parse.GetValue(threads) };
            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "sensitivity"), ChartOutputs.ChartsFolder);
            var tornado = AnalysisInput.Guard(() => SensitivityAnalysis.Run(loaded, parse.GetValue(metric)!, options));
            string staged = tornado.Write(folder.Staging);
            var stagedCharts = ChartOutputs.ForSensitivity(tornado, folder.Staging, formats, console, size, [staged]);
            folder.Commit();
            string file = folder.FinalPath(staged);
            var chartFiles = folder.FinalPaths(stagedCharts);
            var table = new Table { Title = new TableTitle(Markup.Escape($"Tornado of {HumanFormat.Label(tornado.Metric)} — {loaded.Name} (base {ShowMetric(tornado.Metric, tornado.BaseValue, loaded.HorizonMonths, explain: true)})")) }
                .AddColumn("#").AddColumn("Input").AddColumn("Low → High").AddColumn("Metric at low").AddColumn("Metric at high").AddColumn("Largest move from base");
            for (int i = 0; i < tornado.Bars.Count; i++)
            {
                var b = tornado.Bars[i];
                table.AddRow(
                    new Text((i + 1).ToString(CultureInfo.InvariantCulture)),
                    new Text($"{b.Path} ({b.Source})"),
                    new Text($"{AnalysisInput.Show(b.Low)} → {AnalysisInput.Show(b.High)}"),
                    new Text(ShowMetric(tornado.Metric, b.MetricAtLow, loaded.HorizonMonths)),
                    new Text(ShowMetric(tornado.Metric, b.MetricAtHigh, loaded.HorizonMonths)),
                    new Text(b.IsRoundingOnly ? "≈ " + Swing(tornado.Metric, 0.0) + " (rounding)" : Swing(tornado.Metric, b.Deviation)));
            }

            console.Out.Write(table);
            foreach (string written in chartFiles.Prepend(file))
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(written)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    // A metric's value; a month metric at the horizon is one that never happens (SummaryMetrics reads it so, to rank
    // later as larger), which "month 132", past the last month, would hide.
    // The title explains the reading; the table's cells say "never".
    private static string ShowMetric(string metric, double value, int horizonMonths, bool explain = false) =>
        HumanFormat.IsNeverMonth(metric, value, horizonMonths)
            ? explain ? string.Create(CultureInfo.InvariantCulture, $"never, read as month {horizonMonths}, the horizon") : "never"
            : AnalysisInput.Show(metric, value);

    // A move is a difference: in months for a month, a plain number for a ratio (0.26 from 1.36× to 1.10× is not a
    // factor of 0.26×), else in the metric's unit.
    private static string Swing(string metric, double swing) => HumanFormat.UnitOf(metric) switch
    {
        MetricUnit.Month => HumanFormat.Number(swing) + " months",
        MetricUnit.Ratio => HumanFormat.Number(swing),
        _ => AnalysisInput.Show(metric, swing),
    };
}

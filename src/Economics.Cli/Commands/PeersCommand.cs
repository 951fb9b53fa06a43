using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Output;
using Economics.Analysis.Peers;
using Economics.Analysis.Text;
using Economics.Model.Engine;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ peers [scenario] [--network NAME] [--data DIR] [--out DIR]</c>: observed peer networks (subsidy
/// dependence, income per node), OpenGradient's projection beside them by months since launch, and the operator response
/// calibrated on their node counts, with a back-test.</summary>
public static class PeersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        scenario.Description = "Scenario JSON file whose projection is put beside the peers (e.g. data/scenarios/peer-calibrated-operators.json). "
            + "Omit it to use the embedded baseline.";
        var set = CommonOptions.SetOption();
        var network = new Option<string?>("--network", "-n")
        {
            Description = "Only this network (livepeer, render, ionet, bittensor, helium, thegraph, pocket, filecoin); "
                + "it is also the one back-tested. Default: every network, Livepeer back-tested.",
            HelpName = "NAME",
        };
        var data = new Option<string?>("--data")
        {
            Description = "Folder holding peers.csv and supply.csv (default: the copy of data/reference/peers/ built into econ).",
            HelpName = "DIR",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Also write peers.csv (per-network summary), calibration.csv, backtest.csv and alignment.csv (the "
                + "projection and each peer by months since launch) into DIR, and with --format html,png,svg the two alignment "
                + "charts under DIR/charts/ (replaced only by complete files). Without it nothing is written.",
            HelpName = "DIR",
        };
        var command = new Command(
            "peers",
            "Observed histories of eight token-incentivized networks (data/reference/peers/, from the 1kx collection): "
            + "per network the months covered, subsidy dependence (rewards / (rewards + fees), where fees are known) and "
            + "USD income per node; OpenGradient's projection (one deterministic run of the scenario) beside them, aligned by "
            + "months since launch (OpenGradient: its TGE, 2026-04; a peer: the first month of its 1kx series, months_since_launch = 0 in peers.csv: Bittensor's is 2021-11 and io.net's 2024-06, before the months kept), one row a year; then the operator response (the supply curve of DESIGN rule 8) fitted to each network's "
            + "node counts on the first two thirds of its history, with its error on the last third against a naive "
            + "forecast (last value held), and a back-test of the fitted curve over the whole history (Livepeer by "
            + "default). Errors are RMSE of log node counts (0.10 ≈ 10%).\n\n"
            + "Examples:\n"
            + "  econ peers\n"
            + "  econ peers data/scenarios/peer-calibrated-operators.json --network livepeer\n"
            + "  econ peers --network livepeer --out out/peers --format csv,html\n"
            + "  econ peers --network helium\n"
            + "  econ peers --network aethir   # exits 2: unknown network 'aethir'")
        {
            scenario,
            set,
            network,
            data,
            output,
        };
        var charts = new ChartOptions();
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            string? directory = parse.GetValue(output);
            if (formats.AnyChart && directory is null)
            {
                throw new CliInputException("--format: charts are written under --out DIR/charts/; give --out DIR.");
            }

            var projection = Simulation.Run(ScenarioInput.Load(parse.GetValue(scenario), OutputNames.Normalized(parse.GetValue(set))));
            var history = Load(parse.GetValue(data));
            string? only = parse.GetValue(network);
            if (only is not null && !history.Contains(only))
            {
                throw new CliInputException($"unknown network '{only}'; the peer dataset has: {string.Join(", ", history.Networks)}");
            }

            var result = PeerAnalysis.Run(history, only);
            var alignment = PeerAlignment.Of(projection, history, only);
            console.Out.Write(SummaryTable(result));
            console.Out.Write(AlignmentTable("Subsidy dependence by months since launch", alignment.SubsidyDependenceFrame(), HumanFormat.Percent));
            console.Out.Write(AlignmentTable("USD income per node-month by months since launch", alignment.IncomePerNodeFrame(), HumanFormat.Usd));
            console.Out.MarkupLine(Markup.Escape(
                Invariant($"OpenGradient: projected by scenario {alignment.Scenario} (month 0 = its TGE, {PeerAlignment.OpenGradientLaunch:yyyy-MM}); ")
                + "peers: observed (month 0 = the first month of the network's 1kx series: Bittensor's is 2021-11 and io.net's 2024-06, before the first months kept; data/reference/peers/README.md). Empty: no data that month (peers' fees are known only for Livepeer)."));
            console.Out.Write(CalibrationTable(result));
            if (result.Backtest is { } backtest)
            {
                console.Out.MarkupLine(Markup.Escape(
                    Invariant($"Back-test ({backtest.Network}, fitted on the first {backtest.Calibration.TrainMonths} of {backtest.Months.Count} months, run from the first month on its observed income): ")
                    + Invariant($"RMSE of log nodes {backtest.RmseLog:0.000} over all months, {backtest.HeldOutRmseLog:0.000} over the held-out third; ")
                    + Invariant($"last month {backtest.Months[^1]:yyyy-MM} predicted {HumanFormat.Count(backtest.PredictedNodes[^1])} vs observed {HumanFormat.Count(backtest.ObservedNodes[^1])} ({HumanFormat.Percent(backtest.LastMonthError)}).")));
            }
            else if (result.Calibrations is [{ Calibration: null } unfitted])
            {
                // The help promises the chosen network's back-test: say why there is none rather than print nothing.
                console.Out.MarkupLine(Markup.Escape(Invariant($"No back-test of {unfitted.Network}: its operator response is not fitted ({unfitted.Reason}).")));
            }

            if (directory is not null)
            {
                using var folder = OutputFolder.Begin(directory, ChartOutputs.ChartsFolder, PeerAnalysisResult.BacktestFileName);
                var staged = result.Write(folder.Staging).Append(alignment.Write(folder.Staging)).ToList();
                staged.AddRange(ChartOutputs.ForPeers(alignment, folder.Staging, formats, console, size, staged));
                folder.Commit();
                foreach (string file in folder.FinalPaths(staged))
                {
                    console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static PeerHistory Load(string? directory)
    {
        try
        {
            return directory is null ? PeerHistory.Embedded() : PeerHistory.Load(directory);
        }
        catch (PeerDataException e)
        {
            throw new CliInputException("--data: " + e.Message, e);
        }
    }

    private static Table SummaryTable(PeerAnalysisResult result)
    {
        var table = new Table { Title = new TableTitle("Peer networks: what the supply side earned") }
            .AddColumn("Network").AddColumn("Months").AddColumn("Subsidy dependence").AddColumn("USD income per node, median")
            .AddColumn("… last month with nodes").AddColumn("Nodes then");
        foreach (var s in result.Summaries)
        {
            table.AddRow(
                new Text(s.Network),
                new Text(Invariant($"{s.Months} ({s.FirstMonth:yyyy-MM} to {s.LastMonth:yyyy-MM})")),
                new Text(s.MonthsWithFees > 0 ? Invariant($"{HumanFormat.Percent(s.SubsidyDependence)} ({s.MonthsWithFees} months with fees)") : "no fee data"),
                new Text(s.MonthsWithNodes > 0 ? HumanFormat.Usd(s.MedianIncomePerNodeUsd) : "no node counts"),
                new Text(s.MonthsWithNodes > 0 ? HumanFormat.Usd(s.LastIncomePerNodeUsd) : HumanFormat.NotApplicable),
                new Text(s.MonthsWithNodes > 0 ? HumanFormat.Count(s.LastNodes) : HumanFormat.NotApplicable));
        }

        return table;
    }

    private static Table AlignmentTable(string title, Deedle.Frame<int, string> frame, Func<double, string> show)
    {
        var table = new Table { Title = new TableTitle(title) }.AddColumn("Months since launch");
        foreach (string column in frame.ColumnKeys)
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        var columns = frame.ColumnKeys.Select(c => frame.GetColumn<double>(c)).ToList();
        foreach (int month in frame.RowKeys)
        {
            var cells = new List<Text> { new(month.ToString(CultureInfo.InvariantCulture)) };
            cells.AddRange(columns.Select(c => new Text(c.TryGet(month) is { HasValue: true } v && double.IsFinite(v.Value) ? show(v.Value) : string.Empty)));
            table.AddRow(cells);
        }

        return table;
    }

    private static Table CalibrationTable(PeerAnalysisResult result)
    {
        var table = new Table { Title = new TableTitle("Operator response fitted to node counts (first 2/3 fitted, last 1/3 held out; RMSE of log nodes)") }
            .AddColumn("Network").AddColumn("Median cost (fixed)").AddColumn("Entry speed").AddColumn("Exit speed")
            .AddColumn("Cost spread σ").AddColumn("Hurdle").AddColumn("Potential nodes").AddColumn("In-sample")
            .AddColumn("Out-of-sample").AddColumn("Naive").AddColumn("Notes");
        foreach (var c in result.Calibrations)
        {
            string cost = c.Cost is { } k
                ? Invariant($"{HumanFormat.Usd(k.MedianUsdPerNodeMonth)}/mo{(k.IsEstimate ? " (estimate)" : string.Empty)}")
                : HumanFormat.NotApplicable;
            if (c.Calibration is not { } fit)
            {
                table.AddRow(new Text(c.Network), new Text(cost), new Text(string.Empty), new Text(string.Empty),
                    new Text(string.Empty), new Text(string.Empty), new Text(string.Empty), new Text(string.Empty),
                    new Text(string.Empty), new Text(string.Empty), new Text("not fitted: " + c.Reason));
                continue;
            }

            var p = fit.Parameters;
            table.AddRow(
                new Text(c.Network), new Text(cost),
                new Text(Invariant($"{p.EntrySpeed:0.000}")), new Text(Invariant($"{p.ExitSpeed:0.000}")),
                new Text(Invariant($"{p.CostSpread:0.00}")), new Text(HumanFormat.Number(p.Hurdle, 3)),
                new Text(HumanFormat.Count(p.PotentialNodes)),
                new Text(Invariant($"{fit.InSampleRmseLog:0.000}")), new Text(Invariant($"{fit.OutOfSampleRmseLog:0.000}")),
                new Text(Invariant($"{fit.NaiveRmseLog:0.000}")),
                new Text(fit.ParametersAtBounds.Count > 0 ? "at a bound: " + string.Join(", ", fit.ParametersAtBounds) : string.Empty));
        }

        return table;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

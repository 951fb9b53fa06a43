using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Economics.Analysis.MonteCarlo;
using Economics.Analysis.Output;
using Economics.Analysis.Text;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ montecarlo [scenario] --paths N --seed S [--threads T]</c>: uncertainty of the answers.</summary>
public static class MonteCarloCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/montecarlo/");
        var paths = AnalysisInput.CheckedPaths(new Option<int?>("--paths", "-n")
        {
            Description = "Paths to simulate, 1–10,000,000 (default: the scenario's monteCarlo.paths). Memory does not grow with paths.",
            HelpName = "N",
        });
        var seed = new Option<int?>("--seed")
        {
            Description = "Seed of the random streams (default: the scenario's monteCarlo.seed). Same seed, same bits.",
            HelpName = "S",
        };
        var threads = AnalysisInput.ThreadsOption();
        var charts = new ChartOptions();
        var command = new Command(
            "montecarlo",
            "Monte Carlo over the scenario's uncertainty[] entries and the GBM token-price shocks: per-month P5/P25/P50/P75/P95 "
            + "of token price, nodes, subsidy dependence, profit per node, user price and break-even fee; the probability "
            + "the network is viable by month (viability in the scenario: the served share of demand, at least the redundancy floor of nodes, operators in profit over the trailing months without subsidy or protocol-borne rails, and enough validators covering their costs; docs/MODEL.md \"Viability\"); the viability-cliff "
            + "month; P(viable 12 and 24 months after the subsidy ends). Writes percentiles.csv, viability.csv, summary.json; "
            + "--format html,png,svg adds fan charts of each series and the probability of viability under <out>/charts/.\n\n"
            + "Examples:\n"
            + "  econ montecarlo --paths 20000 --seed 7\n"
            + "  econ montecarlo data/scenarios/fast-vesting.json --threads 1\n"
            + "  econ montecarlo --paths 2000 --format html,png          fan charts under out/baseline/montecarlo/charts/")
        {
            scenario,
            set,
            paths,
            seed,
            threads,
            output,
        };
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), parse.GetValue(set));
            var options = MonteCarloOptions.From(loaded) with
            {
                Paths = parse.GetValue(paths) ?? loaded.MonteCarlo.Paths,
                Seed = parse.GetValue(seed) ?? loaded.MonteCarlo.Seed,
                Threads = parse.GetValue(threads),
            };
            AnalysisInput.Guard(() =>
            {
                options.Check();
                return UncertainInputSampler.ForScenario(loaded);
            });
            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "montecarlo"), ChartOutputs.ChartsFolder);
            var clock = Stopwatch.StartNew();
            var result = LongWork.WithProgress(console, "paths", options.Paths, progress => MonteCarloSimulation.Run(loaded, options, progress, OutputCancellation.Token));
            double seconds = clock.Elapsed.TotalSeconds;
            var staged = MonteCarloOutputs.Write(result, folder.Staging).ToList();
            staged.AddRange(ChartOutputs.ForMonteCarlo(result, folder.Staging, formats, console, size, staged));
            folder.Commit();
            var written = folder.FinalPaths(staged);
            console.Out.Write(SummaryTable(result, seconds));
            foreach (string file in written)
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Table SummaryTable(MonteCarloResult r, double seconds)
    {
        var table = new Table { Title = new TableTitle($"Monte Carlo — {Markup.Escape(r.Scenario)}") }.AddColumn("Answer").AddColumn("Value");
        void Add(string question, string answer) => table.AddRow(new Text(question), new Text(answer));
        Add("Paths / seed / time", string.Create(CultureInfo.InvariantCulture, $"{r.Paths:N0} / {r.Seed} / {seconds:0.##} s ({r.Paths / Math.Max(seconds, 1e-9):N0} paths/s)"));
        Add("Uncertain inputs", r.UncertainInputs.Count == 0 ? "none" : string.Join(", ", r.UncertainInputs));
        foreach (var a in r.AfterSubsidyEnd)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"P(viable {a.MonthsAfter} months after the subsidy ends)"),
                a.EvaluablePaths == 0
                    ? "n/a (the subsidy does not end early enough in any path)"
                    : string.Create(CultureInfo.InvariantCulture, $"{a.Probability * 100:0.#}% of {a.EvaluablePaths:N0} paths"));
        }

        Add("P(viable in the last month)", string.Create(CultureInfo.InvariantCulture, $"{r.ViableProbability[^1] * 100:0.#}%"));
        Add("P(viability cliff within the horizon)", string.Create(CultureInfo.InvariantCulture, $"{(1 - r.NoCliffProbability) * 100:0.#}%"));
        Add("Median cliff month", MonteCarloResult.MonthQuantile(r.CliffMonthProbability, 0.5) is { } m ? string.Create(CultureInfo.InvariantCulture, $"month {m} ({r.Dates[m]:yyyy-MM})") : "never (in half the paths or more)");
        foreach (var o in r.Outcomes)
        {
            Add($"{HumanFormat.Label(o.Name)} P5 / P50 / P95", $"{AnalysisInput.Show(o.Name, o.P5)} / {AnalysisInput.Show(o.Name, o.P50)} / {AnalysisInput.Show(o.Name, o.P95)}");
        }

        var price = r.SeriesNamed("token_price_usd");
        Add("Token price in the last month P5 / P50 / P95", $"{HumanFormat.Usd(price.P5[^1])} / {HumanFormat.Usd(price.P50[^1])} / {HumanFormat.Usd(price.P95[^1])}");
        return table;
    }
}

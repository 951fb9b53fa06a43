using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Output;
using Economics.Analysis.Stress;
using Economics.Analysis.Text;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ stress [scenario] [--after-months A] [--shock-month S] [--paths N]</c>: the smallest shock on each
/// axis that makes the network non-viable, the combined worst case, and P(viable) per shock size.</summary>
public static class StressCommand
{
    /// <summary>Default Monte Carlo paths per shock size: ±3.5 percentage points (one standard error ≤ 0.5/√200) at
    /// any probability, and about 10 s for the 41 shock sizes in a Release build.</summary>
    public const int DefaultPaths = 200;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        scenario.Description = "Scenario JSON file (e.g. data/scenarios/viable-reference.json, a network viable two years after its subsidy ends). "
            + "Omit it to use the embedded baseline, which is never viable (every distance is 0).";
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/stress/");
        var after = new Option<int>("--after-months", "-a")
        {
            Description = "Viability is tested in the month the unshocked run's subsidy ends + A (its last month when it never ends). Default 24.",
            DefaultValueFactory = _ => StressOptions.DefaultAfterMonths,
            HelpName = "A",
        };
        var shockMonth = new Option<int?>("--shock-month")
        {
            Description = "First month of the event shocks, which last to the end of the horizon (default: the month the subsidy ends).",
            HelpName = "S",
        };
        var paths = new Option<int>("--paths", "-n")
        {
            Description = "Monte Carlo paths per shock size for P(viable) (default 200; 0 skips the Monte Carlo part).",
            DefaultValueFactory = _ => DefaultPaths,
            HelpName = "N",
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "Seed of the Monte Carlo streams, the same at every shock size (default: the scenario's monteCarlo.seed).",
            HelpName = "S",
        };
        var threads = AnalysisInput.ThreadsOption();
        var charts = new ChartOptions();
        var command = new Command(
            "stress",
            "Reverse stress test: for each shock axis — token price drop, demand drop, Base gas spike, AWS price increase, "
            + "AWS outage, unlock selling, upstream list-price cut — the smallest shock that makes the network non-viable by "
            + "the scenario's own viability rule (served share, redundancy floor, trailing profit without subsidy, validators) "
            + "in the test month: the month the unshocked subsidy ends + --after-months (default 24, as Monte Carlo's "
            + "\"P(viable 24 months after the subsidy ends)\"). Event shocks start at --shock-month (default: the subsidy's end) "
            + "and last to the end of the horizon; unlock selling and list prices change every month. The first failure on a "
            + "21-point grid over each axis's range is refined by Brent's method on the viability margin (the smallest "
            + "clause slack, ≥ 0 exactly when viable), with break-even's check for jumps; \"none in range\" when no shock in "
            + "the range fails it. Then every axis together along one direction (each at λ × its maximum) and, under Monte "
            + "Carlo, P(viable in the test month) at six shock sizes per axis. The baseline is never viable, so every "
            + "distance is 0 there: measure a viable network, e.g. data/scenarios/viable-reference.json (docs/MODEL.md "
            + "\"Reverse stress test\"). Writes distance.csv and probability.csv; --format html,png,svg adds the charts "
            + "stress-distance and stress-probability.\n\n"
            + "Examples:\n"
            + "  econ stress data/scenarios/viable-reference.json --paths 50\n"
            + "  econ stress data/scenarios/viable-reference.json --after-months 36 --paths 0\n"
            + "  econ stress data/scenarios/viable-reference.json --paths 50 --format csv,png\n"
            + "  econ stress --after-months 200   # exits 2: --after-months: the test month, the subsidy's end (month 67) + 200 = month 267, is beyond the horizon")
        {
            scenario,
            set,
            after,
            shockMonth,
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
            var options = new StressOptions
            {
                AfterMonths = parse.GetValue(after),
                ShockMonth = parse.GetValue(shockMonth),
                Paths = parse.GetValue(paths),
                Seed = parse.GetValue(seed) ?? loaded.MonteCarlo.Seed,
                Threads = parse.GetValue(threads),
            };
            StressResult result;
            try
            {
                result = LongWork.WithProgress(console, "Monte Carlo shock sizes", Math.Max(1, ReverseStressTest.ProbabilityRuns(options)),
                    progress => ReverseStressTest.Run(loaded, options, progress, OutputCancellation.Token));
            }
            catch (StressInputException e)
            {
                string option = e.Field switch
                {
                    ReverseStressTest.AfterMonthsField => "--after-months",
                    ReverseStressTest.ShockMonthField => "--shock-month",
                    ReverseStressTest.PathsField => "--paths",
                    ReverseStressTest.ThreadsField => "--threads",
                    _ => e.Field,
                };
                throw new CliInputException($"{option}: {e.Message}", e);
            }
            catch (ArgumentException e)
            {
                throw new CliInputException(ArgumentMessage.Of(e), e);
            }

            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, parse.GetValue(set), "stress"), ChartOutputs.ChartsFolder, StressOutputs.ProbabilityFileName);
            var staged = StressOutputs.Write(result, folder.Staging).ToList();
            staged.AddRange(ChartOutputs.ForStress(result, folder.Staging, formats, console, size, staged));
            folder.Commit();
            console.Out.Write(DistanceTable(result));
            if (result.Probabilities.Count > 0)
            {
                console.Out.Write(ProbabilityTable(result));
            }

            console.Out.MarkupLine(Markup.Escape(Charts.Analysis.StressCharts.Headline(result)));
            foreach (string file in folder.FinalPaths(staged))
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Table DistanceTable(StressResult r)
    {
        var table = new Table
        {
            Title = new TableTitle(Markup.Escape(Invariant($"Distance to failure — {r.Scenario}, tested in {r.TestDate:yyyy-MM} (month {r.TestMonth}); shocks from month {r.ShockMonth}"))),
            Caption = new TableTitle(Markup.Escape(Invariant($"Viability margin unshocked: {HumanFormat.Number(r.MarginUnshocked, 3)} (≥ 0: viable); at the maximum: the margin with the largest shock searched."))),
        }.AddColumn("Shock axis").AddColumn("Range searched").AddColumn("Smallest shock that fails it").AddColumn(new TableColumn("Share of range").RightAligned())
            .AddColumn("Crossing").AddColumn(new TableColumn("Margin at the maximum").RightAligned());
        foreach (var t in r.Thresholds)
        {
            table.AddRow(
                new Text(t.Label),
                new Text("0 to " + StressText.Shock(t.Axis, t.Max)),
                new Text(t.Found ? StressText.Shock(t.Axis, t.Shock) : "none in range"),
                new Text(t.Found ? HumanFormat.Percent(t.ShareOfRange) : HumanFormat.NotApplicable),
                new Text(!t.Found ? string.Empty : !r.ViableUnshocked ? "not viable unshocked" : t.Continuous ? "continuous" : "jump"),
                new Text(HumanFormat.Number(t.MarginAtMax, 3)));
        }

        return table;
    }

    private static Table ProbabilityTable(StressResult r)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(Invariant($"Monte Carlo: P(viable in {r.TestDate:yyyy-MM}) by shock size ({r.Paths:N0} paths each, seed {r.Seed})"))) }
            .AddColumn("Shock axis");
        var first = r.Probabilities[0];
        for (int j = 0; j < first.Sizes.Count; j++)
        {
            table.AddColumn(new TableColumn(Invariant($"{j * 100 / (first.Sizes.Count - 1)}% of range")).RightAligned());
        }

        foreach (var p in r.Probabilities)
        {
            table.AddRow([new Text(p.Label), .. p.Probability.Select(v => new Text(HumanFormat.Percent(v)))]);
        }

        return table;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

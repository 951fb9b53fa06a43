using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Operator;
using Economics.Analysis.Output;
using Economics.Analysis.Text;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ operator [scenario] [--cohort NAME] [--share-of-nodes f | --share-of-requests f] [--infra-usd-per-month X]
/// [--setup-usd X] [--stake-tokens S] [--cost-of-capital r] [--start-month K] [--paths N]</c>: should I run a node?</summary>
public static class OperatorCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = CommonOptions.OutOption("out/<scenario name>/operator/");
        var cohort = new Option<string?>("--cohort", "-c")
        {
            Description = "The cohort joined, by name as in the scenario's cohorts[] (default: the first non-validator cohort, tee_gateway in the baseline); a wrong name lists them.",
            HelpName = "NAME",
        };
        var shareOfNodes = new Option<double?>("--share-of-nodes")
        {
            Description = "Your share of the cohort's nodes, a fraction in (0, 1]: you get that share of its fee margin, subsidy and MEV every month. Default: one more node, 1/(N + 1) of them (N the cohort's nodes that month).",
            HelpName = "f",
        };
        var shareOfRequests = new Option<double?>("--share-of-requests")
        {
            Description = "Your share of the whole network's served requests, a fraction in (0, 1] (instead of --share-of-nodes).",
            HelpName = "f",
        };
        var infra = new Option<double?>("--infra-usd-per-month")
        {
            Description = "Your infrastructure bill in USD a month (default: the cohort's own cost per node, gpuHourlyUsd × gpusPerNode × 730 + overheadUsdPerMonth: 750 in the baseline; one node's, so required with --share-of-nodes or --share-of-requests).",
            HelpName = "X",
        };
        var setup = new Option<double>("--setup-usd")
        {
            Description = "One-off setup cost in USD paid at entry (default 0).",
            DefaultValueFactory = _ => 0.0,
            HelpName = "X",
        };
        var stake = new Option<double?>("--stake-tokens")
        {
            Description = "Tokens you stake at entry and sell at the end of the horizon (default: the cohort's stakeTokens, one node's; required with a share of a cohort that stakes).",
            HelpName = "S",
        };
        var capital = new Option<double?>("--cost-of-capital")
        {
            Description = "Your cost of capital r, annual (0.1 = 10% a year): the NPV's discount rate (r/12 a month) and the stake's carry (default: the cohort's costOfCapitalAnnual).",
            HelpName = "r",
        };
        var start = new Option<int>("--start-month")
        {
            Description = "Month you start, 0-based like every month in the outputs (monthly.csv's month column; default 0: the scenario's first month; in the baseline 2026-04, and the subsidy ends at month 67, 2031-11).",
            DefaultValueFactory = _ => 0,
            HelpName = "K",
        };
        var within = new Option<int>("--payback-within")
        {
            Description = "With --paths: Monte Carlo reports P(payback within N months of entry), at most the months operated (default 24).",
            DefaultValueFactory = _ => OperatorOptions.DefaultPaybackWithinMonths,
            HelpName = "N",
        };
        var paths = new Option<int>("--paths", "-n")
        {
            Description = "Monte Carlo paths over the scenario's uncertainty[] (default 0: the deterministic run only).",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "With --paths: the seed of the Monte Carlo streams (default: the scenario's monteCarlo.seed).",
            HelpName = "S",
        };
        var threads = AnalysisInput.ThreadsOption();
        var charts = new ChartOptions();
        var command = new Command(
            "operator",
            "Should I run a node? The monthly P&L of one more node (a marginal entrant, too small to change the network) from "
            + "the month you start to the end of the horizon, read off one deterministic run: your share of the cohort's fee "
            + "margin (fees net of take and of the pass-through upstream bill), of its subsidy (pool tokens × price) and of its "
            + "MEV, minus your share of the rails and per-request costs it bears, your infrastructure, and your stake's carry "
            + "(stake × price × r/12). The investment is stake × price at entry + setup; payback is the first month the "
            + "cumulative profit reaches it (interpolated within the month; never, if not within the horizon); the NPV "
            + "discounts each month's cash at r/12 and sells the stake at the last month's price. With --paths, the same over "
            + "Monte Carlo paths: P(payback within --payback-within months), P(NPV ≥ 0) and the NPV's P5, median and P95 "
            + "(docs/MODEL.md \"Operator\"). Writes operator.csv (the monthly P&L, USD a month) and operator.json (the answers); "
            + "--format html,png,svg adds the charts operator-pnl and, with --paths, operator-npv.\n\n"
            + "Examples:\n"
            + "  econ operator\n"
            + "  econ operator --start-month 59 --stake-tokens 100000 --setup-usd 2000 --paths 200\n"
            + "  econ operator data/scenarios/viable-reference.json --share-of-nodes 0.1 --infra-usd-per-month 900 --format csv,png\n"
            + "  econ operator --cohort og_validators   # exits 2: --cohort: 'og_validators' is a validator cohort (it serves no requests and earns staking, not fees); the scenario's inference cohorts are: tee_gateway")
        {
            scenario,
            set,
            cohort,
            shareOfNodes,
            shareOfRequests,
            infra,
            setup,
            stake,
            capital,
            start,
            within,
            paths,
            seed,
            threads,
            output,
        };
        charts.AddTo(command);
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var (formats, size) = charts.Read(parse);
            bool withinGiven = parse.GetResult(within) is { Implicit: false };
            if (parse.GetValue(paths) == 0)
            {
                // Options of the Monte Carlo part mean nothing without it: say so rather than ignore them.
                MonteCarloOnly(withinGiven, "--payback-within", "P(payback within N months)");
                MonteCarloOnly(parse.GetValue(seed) is not null, "--seed", "the seed of its random paths");
            }

            var overrides = OutputNames.Normalized(parse.GetValue(set));
            var loaded = ScenarioInput.Load(parse.GetValue(scenario), overrides);
            int operated = loaded.HorizonMonths - parse.GetValue(start);
            if (withinGiven && operated > 0 && parse.GetValue(within) > operated)
            {
                // A test longer than the months operated is P(payback within the horizon) under another name.
                throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"--payback-within: the node operates {operated} months (from month {parse.GetValue(start)} to the horizon's end), so a test within {parse.GetValue(within)} months cannot be told from one within {operated}; give at most {operated}"));
            }

            var options = new OperatorOptions
            {
                Cohort = parse.GetValue(cohort),
                ShareOfNodes = parse.GetValue(shareOfNodes),
                ShareOfRequests = parse.GetValue(shareOfRequests),
                InfraUsdPerMonth = parse.GetValue(infra),
                SetupUsd = parse.GetValue(setup),
                StakeTokens = parse.GetValue(stake),
                CostOfCapitalAnnual = parse.GetValue(capital),
                StartMonth = parse.GetValue(start),
                PaybackWithinMonths = parse.GetValue(within),
                Paths = parse.GetValue(paths),
                Seed = parse.GetValue(seed) ?? loaded.MonteCarlo.Seed,
                Threads = parse.GetValue(threads),
            };
            var result = Run(console, loaded, options);
            using var folder = OutputFolder.Begin(AnalysisInput.OutDirectory(parse.GetValue(output), loaded.Name, overrides, "operator"), ChartOutputs.ChartsFolder);
            var staged = OperatorOutputs.Write(result, folder.Staging, overrides).ToList();
            staged.AddRange(ChartOutputs.ForOperator(result, folder.Staging, formats, console, size, staged));
            folder.Commit();
            console.Out.Write(PnlTable(result));
            console.Out.MarkupLine(Markup.Escape(OperatorText.Headline(result)));
            if (OperatorText.ShareCapped(result) is { Length: > 0 } capped)
            {
                console.Out.MarkupLine("[yellow]" + Markup.Escape(capped) + "[/]");
            }
            if (result.MonteCarlo is not null)
            {
                console.Out.MarkupLine(Markup.Escape(OperatorText.MonteCarlo(result)));
            }

            foreach (string file in folder.FinalPaths(staged))
            {
                console.Out.MarkupLine($"wrote [link]{Markup.Escape(file)}[/]");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    // Refuses an option of the Monte Carlo part given without --paths.
    private static void MonteCarloOnly(bool given, string option, string what)
    {
        if (given)
        {
            throw new CliInputException($"{option}: applies only to the Monte Carlo ({what}), and without --paths the command makes one deterministic run; add --paths N (e.g. --paths 200)");
        }
    }

    /// <summary>The CLI option of an <see cref="OperatorInputException.Field"/>.</summary>
    public static string OptionOf(string field) => field switch
    {
        OperatorAnalysis.CohortField => "--cohort",
        OperatorAnalysis.ShareOfNodesField => "--share-of-nodes",
        OperatorAnalysis.ShareOfRequestsField => "--share-of-requests",
        OperatorAnalysis.ShareField => "--share-of-nodes, --share-of-requests",
        OperatorAnalysis.InfraField => "--infra-usd-per-month",
        OperatorAnalysis.SetupField => "--setup-usd",
        OperatorAnalysis.StakeField => "--stake-tokens",
        OperatorAnalysis.CostOfCapitalField => "--cost-of-capital",
        OperatorAnalysis.StartMonthField => "--start-month",
        OperatorAnalysis.PaybackWithinField => "--payback-within",
        OperatorAnalysis.PathsField => "--paths",
        OperatorAnalysis.ThreadsField => "--threads",
        _ => field,
    };

    private static OperatorResult Run(CliConsole console, Model.Scenarios.Scenario scenario, OperatorOptions options)
    {
        try
        {
            return LongWork.WithProgress(console, "Monte Carlo paths", Math.Max(1, options.Paths),
                progress => OperatorAnalysis.Run(scenario, options, progress, OutputCancellation.Token));
        }
        catch (OperatorInputException e)
        {
            throw new CliInputException($"{OptionOf(e.Field)}: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new CliInputException(ArgumentMessage.Of(e), e);
        }
    }

    private static Table PnlTable(OperatorResult r)
    {
        var i = r.Inputs;
        var table = new Table
        {
            Title = new TableTitle(Markup.Escape(Invariant($"Operator — {r.Scenario}: one more {i.Cohort} node from {r.StartDate:yyyy-MM} (month {i.StartMonth}), {OperatorText.Share(i)}"))),
            Caption = new TableTitle(Markup.Escape(Invariant($"USD; investment {HumanFormat.Usd(r.InvestmentUsd)} (stake {HumanFormat.Count(i.StakeTokens)} tokens × price at entry + setup {HumanFormat.Usd(i.SetupUsd)}); cost of capital {HumanFormat.Percent(i.CostOfCapitalAnnual)} a year. Every month is in operator.csv."))),
        }.AddColumn("Month (months operated)").AddColumn(new TableColumn("Fee margin").RightAligned()).AddColumn(new TableColumn("Subsidy").RightAligned())
            .AddColumn(new TableColumn("MEV").RightAligned()).AddColumn(new TableColumn("Costs").RightAligned())
            .AddColumn(new TableColumn("Profit").RightAligned()).AddColumn(new TableColumn("Cumulative − investment").RightAligned());
        foreach (var m in Sample(r.Months))
        {
            table.AddRow(
                new Text(Invariant($"{m.Date:yyyy-MM} ({m.MonthsIn})")),
                new Text(HumanFormat.Usd(m.FeeMarginUsd)),
                new Text(HumanFormat.Usd(m.SubsidyUsd)),
                new Text(HumanFormat.Usd(m.MevUsd)),
                new Text(HumanFormat.Usd(m.CostsUsd)),
                new Text(HumanFormat.Usd(m.ProfitUsd)),
                new Text(HumanFormat.Usd(m.CumulativeProfitUsd - r.InvestmentUsd)));
        }

        return table;
    }

    // The first month, every twelfth month after it and the last: a year at a glance.
    private static IEnumerable<OperatorMonth> Sample(IReadOnlyList<OperatorMonth> months) =>
        months.Where((m, k) => k % MonthsPerRow == 0 || k == months.Count - 1);

    private const int MonthsPerRow = 12;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

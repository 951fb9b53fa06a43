using System.CommandLine;
using Economics.Analysis.Builder;
using Economics.Analysis.Operator;
using Economics.Analysis.Output;
using Economics.Analysis.Stress;
using Economics.Charts.Report;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ report [scenario] [--set path=value]… [--out FILE]</c>: one self-contained HTML report of a run.</summary>
public static class ReportCommand
{
    /// <summary>File name of the report in the default output directory.</summary>
    public const string DefaultFileName = "report.html";

    /// <summary>The builder's volume in the report's builder section unless --builder-requests-per-month says otherwise. Unit: calls/month.</summary>
    public const double DefaultBuilderRequestsPerMonth = 1_000_000;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"Report file (default out/<scenario name>/{DefaultFileName}; with --set, out/<scenario name>+set-<hash>/{DefaultFileName}). Replaced only by a complete file.",
            HelpName = "FILE",
        };
        var builderMarket = new Option<string?>("--builder-market")
        {
            Description = "Market of the builder section (default: the scenario's first market).",
            HelpName = "M",
        };
        var builderRequests = new Option<double>("--builder-requests-per-month")
        {
            Description = "Calls a month of the builder section (default 1000000).",
            DefaultValueFactory = _ => DefaultBuilderRequestsPerMonth,
            HelpName = "N",
        };
        var stressPaths = new Option<int>("--stress-paths")
        {
            Description = "Monte Carlo paths per shock size in the stress section (default 0: the deterministic distances only).",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        var operatorCohort = new Option<string?>("--operator-cohort")
        {
            Description = "Cohort of the operator section (default: the scenario's first non-validator cohort).",
            HelpName = "NAME",
        };
        var operatorStart = new Option<int>("--operator-start-month")
        {
            Description = "Month the operator section's node starts, 0-based like every month in the outputs (default 0: the scenario's first month).",
            DefaultValueFactory = _ => 0,
            HelpName = "K",
        };
        var operatorPaths = new Option<int>("--operator-paths")
        {
            Description = "Monte Carlo paths of the operator section (default 0: the deterministic P&L only).",
            DefaultValueFactory = _ => 0,
            HelpName = "N",
        };
        var command = new Command(
            "report",
            "Run the model once and write ONE self-contained HTML file to attach to an email: the scenario's description, "
            + "the answers in words, every chart (interactive, plotly.js inlined, works offline), a builder section (econ "
            + "builder: the cost of 1,000 verified calls in one market against the provider direct), a reverse stress test "
            + "section (econ stress: the smallest shock on each axis that makes the network non-viable 24 months after the "
            + "subsidy ends), an operator section (econ operator: the monthly P&L, payback and NPV of one more node) and the "
            + "assumptions table.\n\n"
            + "Examples:\n"
            + "  econ report                                        the embedded baseline → out/baseline/report.html\n"
            + "  econ report data/scenarios/subsidy-cliff.json --out cliff.html\n"
            + "  econ report --set fees.policy.markupFraction=0.5\n"
            + "  econ report data/scenarios/viable-reference.json --builder-market gpt_5 --stress-paths 50 --out viable.html"
            + "\n  econ report --operator-start-month 59 --operator-paths 100 --out operator.html")
        {
            scenario,
            set,
            builderMarket,
            builderRequests,
            stressPaths,
            operatorCohort,
            operatorStart,
            operatorPaths,
            output,
        };
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var overrides = OutputNames.Normalized(parse.GetValue(set));
            string? scenarioPath = parse.GetValue(scenario);
            var loaded = ScenarioInput.Load(scenarioPath, overrides);
            var path = parse.GetValue(output) ?? Path.Combine(RunOutputs.DefaultDirectory(OutputNames.For(loaded.Name, overrides)), DefaultFileName);
            if (Directory.Exists(path))
            {
                throw new CliInputException($"--out: '{path}' is a directory; give the report's file name, e.g. {Path.Combine(path, DefaultFileName)}.");
            }

            var result = Simulation.Run(loaded);
            var sections = new[]
            {
                BuilderSection.Of(Builder(loaded, parse.GetValue(builderMarket) ?? loaded.Markets[0].Name, parse.GetValue(builderRequests))),
                Stress(loaded, parse.GetValue(stressPaths)),
                Operator(loaded, parse.GetValue(operatorCohort), parse.GetValue(operatorStart), parse.GetValue(operatorPaths)),
            };
            RunReport.Write(result, path, notes: ScenarioNotes.Of(ScenarioInput.Source(scenarioPath), ScenarioInput.Overrides(overrides)), sections: sections);
            console.Out.Write(AnswersTable.Create(result, overrides));
            console.Out.MarkupLine($"wrote [link]{Markup.Escape(Path.GetFullPath(path))}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static BuilderResult Builder(Model.Scenarios.Scenario scenario, string market, double requests)
    {
        try
        {
            return BuilderAnalysis.Run(scenario, new BuilderOptions { Market = market, RequestsPerMonth = requests });
        }
        catch (BuilderInputException e)
        {
            string option = e.Field == BuilderAnalysis.MarketField ? "--builder-market" : "--builder-requests-per-month";
            throw new CliInputException($"{option}: {e.Message}", e);
        }
    }

    private static ReportSection Operator(Model.Scenarios.Scenario scenario, string? cohort, int start, int paths)
    {
        try
        {
            var options = new OperatorOptions { Cohort = cohort, StartMonth = start, Paths = paths, Seed = scenario.MonteCarlo.Seed };
            return OperatorSection.Of(OperatorAnalysis.Run(scenario, options, cancellationToken: OutputCancellation.Token));
        }
        catch (OperatorInputException e)
        {
            string option = e.Field switch
            {
                OperatorAnalysis.CohortField => "--operator-cohort",
                OperatorAnalysis.StartMonthField => "--operator-start-month",
                OperatorAnalysis.PathsField => "--operator-paths",
                _ => OperatorCommand.OptionOf(e.Field),
            };
            throw new CliInputException($"{option}: {e.Message}", e);
        }
    }

    // The stress section; a test month beyond the horizon (a short scenario) becomes a sentence, not a failure.
    private static ReportSection Stress(Model.Scenarios.Scenario scenario, int paths)
    {
        try
        {
            return StressSection.Of(ReverseStressTest.Run(scenario, new StressOptions { Paths = paths, Seed = scenario.MonteCarlo.Seed }, cancellationToken: OutputCancellation.Token));
        }
        catch (StressInputException e) when (e.Field == ReverseStressTest.AfterMonthsField)
        {
            return new ReportSection("stress", "Reverse stress test: what breaks the network?", ["Not tested: " + e.Message + " (econ stress --after-months A picks another month)."], null, []);
        }
        catch (StressInputException e)
        {
            throw new CliInputException($"--stress-paths: {e.Message}", e);
        }
    }
}

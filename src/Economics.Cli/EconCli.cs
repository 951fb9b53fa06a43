using System.CommandLine;
using System.CommandLine.Help;
using Economics.Cli.Commands;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>The <c>econ</c> command line: builds the command tree and runs one invocation.</summary>
public static class EconCli
{
    /// <summary>Builds the root command with every sub-command, writing to <paramref name="console"/>.</summary>
    public static RootCommand CreateRoot(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return StrictNumbers.Apply(new RootCommand(
            "econ — does a TEE-verified AI-inference network's operators survive when token emissions end, and what "
            + "must users pay per inference? Runs the OpenGradient ($OPG) operator-economics model.\n\n"
            + "Examples:\n"
            + "  econ run                                   run the embedded baseline, write out/baseline/\n"
            + "  econ run data/scenarios/fast-vesting.json --set fees.policy.markupFraction=0.5\n"
            + "  econ run --format html,png,svg             also write charts under out/baseline/charts/\n"
            + "  econ report                                one self-contained HTML report of the baseline\n"
            + "  econ validate data/scenarios/fast-vesting.json\n"
            + "  econ schema                                the JSON schema of scenario files\n"
            + "  econ montecarlo --paths 10000              uncertainty: percentiles, P(viable after the subsidy ends)\n"
            + "  econ sensitivity | sweep | breakeven | compare   which assumption matters, grids, solve, side by side\n"
            + "  econ peers                                 real networks beside the projection; their operator response fitted, a back-test\n"
            + "  econ operator --start-month 59 --paths 200   should I run a node? its monthly P&L, payback, NPV, P(NPV ≥ 0)\n"
            + "  econ builder --requests-per-month 1000000 --market claude_haiku_4_5   a builder's cost of verified calls against the provider direct\n"
            + "  econ stress viable-reference --paths 50   the smallest shock on each axis that ends viability, and P(viable) per shock\n"
            + "  econ notebook run notebooks/00-quickstart.ipynb --set token.pools[0].stopMonth=12 --out out/q.ipynb\n\n"
            + "Exit codes: 0 ok, 2 bad input (the problems are listed), 1 internal error (see the log it names) or an output "
            + "that could not be written, 130 cancelled (Ctrl+C, SIGTERM).")
        {
            RunCommand.Create(console),
            ValidateCommand.Create(console),
            SchemaCommand.Create(console),
            ReportCommand.Create(console),
            MonteCarloCommand.Create(console),
            SensitivityCommand.Create(console),
            SweepCommand.Create(console),
            BreakEvenCommand.Create(console),
            CompareCommand.Create(console),
            PeersCommand.Create(console),
            BuilderCommand.Create(console),
            StressCommand.Create(console),
            OperatorCommand.Create(console),
            NotebookCommand.Create(console),
        });
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        return CommandAction.Run(console, () =>
        {
            var parse = CreateRoot(console).Parse(args);
            if (parse.Action is not HelpAction && UnknownOptions.Find(parse) is { Count: > 0 } unknown)
            {
                // A mistyped option is named as such (not as "Unrecognized argument" for the value after it).
                foreach (string message in unknown)
                {
                    console.Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
                }

                console.Error.MarkupLine($"Run '{Markup.Escape(HelpHint(args))}' for usage and examples.");
                return ExitCodes.BadInput;
            }

            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                foreach (var error in parse.Errors)
                {
                    console.Error.MarkupLine($"[red]error:[/] {Markup.Escape(ParseErrorText.Of(error.Message))}");
                }

                console.Error.MarkupLine($"Run '{Markup.Escape(HelpHint(args))}' for usage and examples.");
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.OutWriter,
                Error = console.ErrorWriter,
                EnableDefaultExceptionHandler = false,
                // Program installs its own SIGINT/SIGTERM handling (Interrupts): outputs in progress are removed at once.
                ProcessTerminationTimeout = null,
            });
        });
    }

    private static string HelpHint(IReadOnlyList<string> args) =>
        args.Count > 0 && !args[0].StartsWith('-') ? $"econ {args[0]} --help" : "econ --help";
}

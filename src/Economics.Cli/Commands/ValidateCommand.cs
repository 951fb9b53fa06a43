using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary><c>econ validate [scenario] [--set path=value]…</c>: checks a scenario and lists every problem.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var scenario = CommonOptions.ScenarioArgument();
        var set = CommonOptions.SetOption();
        var command = new Command(
            "validate",
            "Check a scenario file (with its base chain and overrides) and list every problem with its JSON path. "
            + "Exit code 0 when valid, 2 when not.\n\n"
            + "Examples:\n"
            + "  econ validate data/scenarios/fast-vesting.json\n"
            + "  econ validate data/scenarios/fast-vesting.json --set settlement.mix.private=0.2 --set settlement.mix.batchHashed=0.79\n"
            + "  econ validate --set settlement.mix.private=1      # exits 2: settlement.mix: shares sum to 1.9")
        {
            scenario,
            set,
        };
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            var result = ScenarioInput.TryLoad(parse.GetValue(scenario), parse.GetValue(set));
            if (result.Scenario is not { } valid)
            {
                CommandAction.ReportProblems(console, result.Problems);
                return ExitCodes.BadInput;
            }

            console.Out.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[green]OK[/] {Markup.Escape(valid.Name)}: {valid.HorizonMonths} months, {Plural(valid.Markets.Count, "market")}, "
                + $"{Plural(valid.Cohorts.Count, "cohort")}, {Plural(valid.Token.Pools.Count, "token pool")}, {Plural(valid.Events.Count, "event")}, "
                + $"{Plural(valid.Uncertainty.Count, "uncertain input")}."));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}

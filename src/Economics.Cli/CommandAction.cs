using System.Globalization;
using Economics.Model.Loading;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>
/// Runs a command's body and turns every failure into a message and an exit code: scenario problems and bad
/// arguments print what is wrong and where (exit 2); anything else prints one line naming the log file that holds
/// the details (exit 1). No stack trace reaches the terminal.
/// </summary>
public static class CommandAction
{
    /// <summary>Name of the file, in the system temporary directory, that receives the details of an internal error.</summary>
    public const string ErrorLogFileName = "econ-error.log";

    /// <summary>Runs <paramref name="body"/> and maps its outcome to an exit code.</summary>
    public static int Run(CliConsole console, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (InvalidScenarioException e)
        {
            ReportProblems(console, e.Problems);
            return ExitCodes.BadInput;
        }
        catch (CliInputException e)
        {
            console.Error.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            console.Error.MarkupLine("[yellow]cancelled[/]; no output was left half-written.");
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // The last line of defence: every other failure becomes exit code 1 and a log file.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var log = WriteErrorLog(e);
            console.Error.MarkupLine(
                $"[red]internal error:[/] {Markup.Escape(e.GetType().Name)}: {Markup.Escape(e.Message)}");
            console.Error.MarkupLine(log is null
                ? "(the details could not be written to a log file)"
                : $"details: {Markup.Escape(log)}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Prints each scenario problem on its own line: <c>path: message</c>.</summary>
    public static void ReportProblems(CliConsole console, IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(problems);
        var count = problems.Count;
        console.Error.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[red]error:[/] the scenario has {count} problem{(count == 1 ? "" : "s")}:"));
        foreach (var problem in problems)
        {
            console.Error.MarkupLine($"  [bold]{Markup.Escape(problem.Path)}[/]: {Markup.Escape(problem.Message)}");
        }
    }

    private static string? WriteErrorLog(Exception e)
    {
        try
        {
            var path = Path.Combine(Path.GetTempPath(), ErrorLogFileName);
            File.WriteAllText(path, e.ToString());
            return path;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

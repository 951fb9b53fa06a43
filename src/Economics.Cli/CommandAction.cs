using System.Globalization;
using Economics.Analysis.Output;
using Economics.Model.Loading;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>
/// Runs a command's body and turns every failure into a message and an exit code: scenario problems and bad
/// arguments print what is wrong and where (exit 2); anything else prints one line naming the log file that holds
/// the details (exit 1); a failure to write an output (disk full, file-size limit) is one line naming the file (exit 1);
/// cancellation (SIGINT, SIGTERM) prints "cancelled" (exit 130). No stack trace reaches the terminal.
/// </summary>
public static class CommandAction
{
    /// <summary>Start of the name of the file, in the system temporary directory, that receives the details of an
    /// internal error: <c>econ-error-&lt;time&gt;-&lt;pid&gt;-&lt;random&gt;.log</c>, a new file each time (created
    /// exclusively, readable by its owner only, never through a link someone placed there).</summary>
    public const string ErrorLogFileName = "econ-error-";

    /// <summary>The message printed when a run is cancelled.</summary>
    public const string CancelledMessage = "cancelled; no output was left half-written.";

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
        catch (InvalidOutputPathException e)
        {
            console.Error.MarkupLine($"[red]error:[/] output: {Markup.Escape(e.Message)}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            console.Error.MarkupLine(Markup.Escape(CancelledMessage));
            return ExitCodes.Cancelled;
        }
        catch (OutputWriteException e)
        {
            console.Error.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
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

    /// <summary>Writes <paramref name="e"/> to a new log file in <paramref name="folder"/> (default: the system temporary
    /// folder); returns its path, or null when it could not be written.</summary>
    /// <remarks>The name is unique and unpredictable, and the file is created exclusively (<c>O_CREAT|O_EXCL</c>, which
    /// never follows a symbolic link) with mode 0600: a link or file another user placed in a shared temporary folder is
    /// never written through.</remarks>
    internal static string? WriteErrorLog(Exception e, string? folder = null)
    {
        try
        {
            var path = Path.Combine(folder ?? Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture,
                $"{ErrorLogFileName}{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid():N}.log"));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options))
            {
                writer.Write(e.ToString());
            }

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

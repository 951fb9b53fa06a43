using Spectre.Console;

namespace Economics.Cli;

/// <summary>
/// Where a command writes: the answers and tables to <see cref="Out"/>, problems and progress to
/// <see cref="Error"/>. Tests pass string writers; the program passes the process's streams.
/// </summary>
public sealed class CliConsole
{
    private CliConsole(IAnsiConsole output, IAnsiConsole error, TextWriter outWriter, TextWriter errorWriter, bool interactive)
    {
        Out = output;
        Error = error;
        OutWriter = outWriter;
        ErrorWriter = errorWriter;
        IsInteractive = interactive;
    }

    /// <summary>The console for results (tables, answers).</summary>
    public IAnsiConsole Out { get; }

    /// <summary>The console for problems, warnings and progress.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>The raw writer behind <see cref="Out"/> (for machine-readable output such as the schema).</summary>
    public TextWriter OutWriter { get; }

    /// <summary>The raw writer behind <see cref="Error"/>.</summary>
    public TextWriter ErrorWriter { get; }

    /// <summary>True when progress bars may be drawn (a terminal, not a file, a pipe or a test).</summary>
    public bool IsInteractive { get; }

    /// <summary>The process's own standard output and error.</summary>
    /// <remarks>A stream on a terminal wraps at the terminal's width (<c>COLUMNS</c> when set, else the window's
    /// width); a redirected stream (a file, a pipe) is never wrapped, so paths and table headers stay whole.</remarks>
    public static CliConsole ForProcess()
    {
        var interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
        string? columns = Environment.GetEnvironmentVariable("COLUMNS");
        return new CliConsole(
            ForStream(Console.Out, Console.IsOutputRedirected, columns),
            ForStream(Console.Error, Console.IsErrorRedirected, columns),
            Console.Out,
            Console.Error,
            interactive);
    }

    /// <summary>The width a console writes at: <see cref="NoWrapWidth"/> when redirected; on a terminal
    /// <paramref name="columns"/> (the <c>COLUMNS</c> variable) when it is a positive number, else
    /// <paramref name="terminalWidth"/>.</summary>
    public static int WidthFor(bool redirected, string? columns, int terminalWidth)
    {
        if (redirected)
        {
            return NoWrapWidth;
        }

        return int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int given) && given > 0
            ? Math.Min(given, NoWrapWidth)
            : terminalWidth > 0 ? terminalWidth : DefaultTerminalWidth;
    }

    /// <summary>Plain (no colour, no ANSI, never wrapped) consoles over two writers, for tests and redirection.</summary>
    public static CliConsole ForWriters(TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return new CliConsole(Plain(output), Plain(error), output, error, interactive: false);
    }

    private static IAnsiConsole ForStream(TextWriter writer, bool redirected, string? columns)
    {
        var console = redirected
            ? Plain(writer)
            : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = WidthFor(redirected, columns, redirected ? 0 : TerminalWidth());
        return console;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return DefaultTerminalWidth;
        }
    }

    private static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = NoWrapWidth;
        return console;
    }

    /// <summary>Width of redirected (and test) output, in characters: wide enough that no line is ever wrapped.</summary>
    public const int NoWrapWidth = 10_000;

    private const int DefaultTerminalWidth = 80;
}

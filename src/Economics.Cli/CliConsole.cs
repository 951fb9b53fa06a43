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
    public static CliConsole ForProcess()
    {
        var interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
        return new CliConsole(
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }),
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
            Console.Out,
            Console.Error,
            interactive);
    }

    /// <summary>Plain (no colour, no ANSI, wide) consoles over two writers, for tests and redirection.</summary>
    public static CliConsole ForWriters(TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return new CliConsole(Plain(output), Plain(error), output, error, interactive: false);
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
        console.Profile.Width = PlainWidth;
        return console;
    }

    /// <summary>Width of plain output, in characters: wide enough that tables and problem lists are not wrapped.</summary>
    private const int PlainWidth = 200;
}

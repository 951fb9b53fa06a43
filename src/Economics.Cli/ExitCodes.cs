namespace Economics.Cli;

/// <summary>The process exit codes of <c>econ</c>, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something went wrong inside econ (a bug or an I/O failure); the message names the log file.</summary>
    public const int InternalError = 1;

    /// <summary>The input was wrong: a scenario problem, a bad option or argument, a missing file.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled by SIGINT (Ctrl+C) or SIGTERM: nothing was left half-written (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}

namespace Economics.Cli;

/// <summary>
/// Bad input on the command line (an unknown format, a malformed range, a file that does not exist): reported to the
/// user as one line, exit code <see cref="ExitCodes.BadInput"/>, never a stack trace.
/// </summary>
public sealed class CliInputException : Exception
{
    /// <summary>Creates the exception with the message the user sees.</summary>
    public CliInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message the user sees and its cause.</summary>
    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CliInputException()
        : base("Bad input.")
    {
    }
}

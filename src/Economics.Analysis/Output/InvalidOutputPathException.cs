namespace Economics.Analysis.Output;

/// <summary>
/// An output path that econ will not write: empty, a file where a folder belongs (or the reverse), under a file, or
/// naming something that is not a regular file (a FIFO, a device such as <c>/dev/null</c>, a symbolic link). Bad
/// input, reported before anything is written; the command line turns it into exit code 2.
/// </summary>
public sealed class InvalidOutputPathException : IOException
{
    /// <summary>Creates the exception with the message the user sees (it names the path).</summary>
    public InvalidOutputPathException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message the user sees and its cause.</summary>
    public InvalidOutputPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InvalidOutputPathException()
        : base("The output path cannot be written.")
    {
    }
}

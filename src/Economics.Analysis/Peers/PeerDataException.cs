namespace Economics.Analysis.Peers;

/// <summary>The peer dataset could not be read: a missing or oversized file, a wrong header, a bad value (the message
/// names the file, the line and the column).</summary>
public sealed class PeerDataException : Exception
{
    /// <summary>Creates the exception with the message the user sees.</summary>
    public PeerDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message the user sees and its cause.</summary>
    public PeerDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PeerDataException()
        : base("The peer dataset could not be read.")
    {
    }
}

namespace Economics.Analysis.Builder;

/// <summary>A bad <see cref="BuilderOptions"/> value: <see cref="Field"/> names which one (one of the
/// <c>BuilderAnalysis.*Field</c> constants), the message says what is wrong.</summary>
public sealed class BuilderInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public BuilderInputException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>Creates the exception with no field.</summary>
    public BuilderInputException()
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field.</summary>
    public BuilderInputException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field.</summary>
    public BuilderInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>The option at fault: "market", "requestsPerMonth", "month" or "swapGasUnits".</summary>
    public string Field { get; }
}

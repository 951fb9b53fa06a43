namespace Economics.Analysis.Stress;

/// <summary>A bad <see cref="StressOptions"/> value: <see cref="Field"/> names which one (one of the
/// <c>ReverseStressTest.*Field</c> constants), the message says what is wrong.</summary>
public sealed class StressInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public StressInputException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>Creates the exception with no field.</summary>
    public StressInputException()
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field.</summary>
    public StressInputException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field.</summary>
    public StressInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>The option at fault: "afterMonths", "shockMonth", "gridPoints", "paths" or "probabilitySteps".</summary>
    public string Field { get; }
}

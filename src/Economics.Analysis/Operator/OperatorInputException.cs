namespace Economics.Analysis.Operator;

/// <summary>A bad <see cref="OperatorOptions"/> value: <see cref="Field"/> names which one (one of the
/// <c>OperatorAnalysis.*Field</c> constants), the message says what is wrong.</summary>
public sealed class OperatorInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public OperatorInputException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>Creates the exception with no field.</summary>
    public OperatorInputException()
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field.</summary>
    public OperatorInputException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    /// <summary>Creates the exception with no field.</summary>
    public OperatorInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>The option at fault, one of the <c>OperatorAnalysis.*Field</c> constants.</summary>
    public string Field { get; }
}

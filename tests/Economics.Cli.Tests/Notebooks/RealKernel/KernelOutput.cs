namespace Economics.Cli.Tests.Notebooks.RealKernel;

/// <summary>One output event of the real kernel: its type (<c>ReturnValueProduced</c>, <c>DisplayedValueProduced</c>,
/// <c>StandardOutputValueProduced</c>, …) and its formatted values by MIME type.</summary>
internal sealed record KernelOutput(string EventType, string? ValueId, IReadOnlyDictionary<string, string> Values)
{
    public string? Html => Values.GetValueOrDefault("text/html");

    public string? Plain => Values.GetValueOrDefault("text/plain");

    /// <summary>Whether this is a value (returned or displayed) rather than console text.</summary>
    public bool IsValue => EventType is "ReturnValueProduced" or "DisplayedValueProduced";
}

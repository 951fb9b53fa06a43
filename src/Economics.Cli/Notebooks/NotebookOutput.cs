namespace Economics.Cli.Notebooks;

/// <summary>One output a cell produced: a displayed value, a return value, or text written to stdout/stderr.</summary>
/// <param name="Kind">What produced it.</param>
/// <param name="Values">Formatted values by MIME type (<c>text/html</c>, <c>text/plain</c>, …).</param>
public sealed record NotebookOutput(NotebookOutputKind Kind, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The value formatted as <paramref name="mimeType"/>, or null.</summary>
    public string? Get(string mimeType) => Values.TryGetValue(mimeType, out var value) ? value : null;

    /// <summary>Whether a value of <paramref name="mimeType"/> exists.</summary>
    public bool Has(string mimeType) => Values.ContainsKey(mimeType);
}

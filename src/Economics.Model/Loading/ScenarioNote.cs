namespace Economics.Model.Loading;

/// <summary>
/// What a scenario file says about one value in the comment on its line, by the convention of
/// <c>data/scenarios/baseline.json</c>: <c>// unit; source: &lt;url or file#key&gt;</c> or <c>// unit; estimate: &lt;why&gt;</c>;
/// or the <c>--set</c> override that put the value there.
/// </summary>
/// <param name="Unit">The unit written before the first <c>;</c> (e.g. <c>USD/month per node</c>); null when the comment
/// starts with the basis or the value came from an override.</param>
/// <param name="Basis">Where the value comes from, as written: <c>source: …</c>, <c>estimate: …</c>, another comment, or
/// the override as typed (<c>--set horizonMonths=24</c>).</param>
public sealed record ScenarioNote(string? Unit, string Basis)
{
    /// <summary>Whether the value is an estimate (its basis starts with <c>estimate</c>).</summary>
    public bool IsEstimate => Basis.StartsWith("estimate", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the value is sourced (its basis starts with <c>source</c>).</summary>
    public bool IsSourced => Basis.StartsWith("source", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a line comment's text (without the <c>//</c>).</summary>
    public static ScenarioNote Parse(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        string text = comment.Trim();
        if (StartsWithBasis(text))
        {
            return new ScenarioNote(null, text);
        }

        int semicolon = text.IndexOf(';', StringComparison.Ordinal);
        if (semicolon > 0 && StartsWithBasis(text[(semicolon + 1)..].TrimStart()))
        {
            return new ScenarioNote(text[..semicolon].Trim(), text[(semicolon + 1)..].Trim());
        }

        return new ScenarioNote(null, text);
    }

    private static bool StartsWithBasis(string text) =>
        text.StartsWith("source", StringComparison.OrdinalIgnoreCase) || text.StartsWith("estimate", StringComparison.OrdinalIgnoreCase);
}

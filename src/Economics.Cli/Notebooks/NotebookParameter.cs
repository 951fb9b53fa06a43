using System.Globalization;
using System.Text.RegularExpressions;

namespace Economics.Cli.Notebooks;

/// <summary>
/// One <c>--set name=value</c> given to <c>econ notebook run</c>. A plain identifier that the notebook's parameters
/// cell declares (<c>horizonMonths</c>, <c>scenarioPath</c>) is assigned to that C# variable; anything else — a
/// scenario JSON path such as <c>token.pools[0].stopMonth</c> — is appended to the notebook's
/// <see cref="NotebookParameters.OverridesVariable"/> list, which the notebook passes to the scenario loader.
/// </summary>
/// <param name="Name">Variable name or scenario JSON path.</param>
/// <param name="Value">The value as typed (no quotes needed for strings).</param>
public sealed partial record NotebookParameter(string Name, string Value)
{
    /// <summary>Whether <see cref="Name"/> is a C# identifier (and so may name a parameters-cell variable).</summary>
    public bool IsIdentifier => IdentifierPattern().IsMatch(Name);

    /// <summary>Parses <c>name=value</c>.</summary>
    /// <exception cref="FormatException">No '=' or an empty name; the message quotes the text.</exception>
    public static NotebookParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || string.IsNullOrWhiteSpace(text[..equals]))
        {
            throw new FormatException($"'{text}' is not a parameter; write name=value, e.g. token.pools[0].stopMonth=12 or scenarioPath=../data/scenarios/mev-heavy.json");
        }

        return new NotebookParameter(text[..equals].Trim(), text[(equals + 1)..].Trim());
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={Value}");

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}

using Economics.Model.Loading;

namespace Economics.Analysis.Text;

/// <summary>
/// A scenario field's JSON path in words with its unit, for chart axes: <c>fees.policy.markupFraction</c> →
/// "Markup fraction (%)", <c>cohorts[0].overheadUsdPerMonth</c> → "Overhead USD per month of cohorts[0]
/// (USD/node-month)", <c>markets[0].demand.growth.monthlyRate</c> → "Growth monthly rate of markets[0] (fraction/month)"
/// (a generic field name such as <c>tokens</c>, <c>speed</c> or <c>monthlyRate</c> is preceded by the object holding it).
/// The unit comes from the scenario schema (<see cref="ScenarioFieldDocs"/>); a fraction is shown in percent
/// (<see cref="IsFraction"/>, and <see cref="Tick"/> writes its values so).
/// </summary>
public static class FieldLabel
{
    // Field names too generic to stand alone: the object holding them is named first ("Entry speed", "Payout tokens").
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "tokens", "usd", "fraction", "speed", "lower", "upper", "mode", "mu", "sigma", "mean", "multiplier", "month",
        "durationMonths", "monthlyRate", "spread", "initialUsd",
    };

    /// <summary>The label of <paramref name="path"/> with its unit, e.g. "Markup fraction (%)"; the path itself when it
    /// is not a path.</summary>
    public static string Of(string path)
    {
        string words = Words(path);
        if (words == path)
        {
            return path;
        }

        string? unit = ScenarioFieldDocs.UnitOf(path);
        return unit switch
        {
            null or "dimensionless" => words,
            _ when IsFraction(path) => words + " (%)",
            _ => $"{words} ({unit})",
        };
    }

    /// <summary>The label of <paramref name="path"/> without its unit, e.g. "Markup fraction", "Payout tokens of
    /// token.pools[0]"; the path itself when it is not a path.</summary>
    public static string Words(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!ScenarioPath.TryParse(path, out var parsed, out _) || parsed.Segments.Count == 0 || parsed.Segments[^1].Name is not { } last)
        {
            return path;
        }

        string words = HumanFormat.Label(last);
        if (words.EndsWith(" (USD)", StringComparison.Ordinal))
        {
            words = words[..^" (USD)".Length] + " USD";
        }

        int count = parsed.Segments.Count;
        if (Generic.Contains(last) && count >= 2 && parsed.Segments[^2].Name is { } parent && count > 2)
        {
            words = HumanFormat.Label(parent) + " " + char.ToLowerInvariant(words[0]) + words[1..];
        }

        int lastIndex = -1;
        for (int i = 0; i < count; i++)
        {
            if (parsed.Segments[i].Name is null)
            {
                lastIndex = i;
            }
        }

        if (lastIndex > 0)
        {
            words += " of " + parsed.Format(lastIndex + 1);
        }

        return words;
    }

    /// <summary>Whether the field at <paramref name="path"/> is a plain fraction (its values are shown in percent).</summary>
    public static bool IsFraction(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ScenarioFieldDocs.UnitOf(path) == "fraction";
    }

    /// <summary>A value of the field at <paramref name="path"/> as a tick label: a fraction in percent ("25%"), anything
    /// else as a plain number (never E-notation).</summary>
    public static string Tick(string path, double value) =>
        IsFraction(path) ? HumanFormat.Number(value * 100, 4) + "%" : HumanFormat.Number(value, 4);
}

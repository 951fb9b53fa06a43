namespace Economics.Charts.Analysis;

/// <summary>
/// A first month far outside the rest of a series — the TGE month, when a few nodes share the first subsidy payout
/// ($112k a node in the baseline's median, against −$750 to $2k after) — would scale the value axis to itself and
/// flatten every later month to a line at 0. When it lies more than <see cref="SpanFactor"/> spans of the later months
/// beyond them, the axis is ranged to the later months (with <see cref="Padding"/> of their span on each side, and 0
/// kept in view) and the chart notes the month it leaves off scale.
/// </summary>
internal static class OpeningSpike
{
    /// <summary>How far beyond the later months' range, in multiples of that range, month 0 must lie to be left off
    /// scale. Unit: dimensionless.</summary>
    internal const double SpanFactor = 2;

    /// <summary>Room above and below the later months, as a fraction of their span. Unit: dimensionless.</summary>
    internal const double Padding = 0.08;

    /// <summary>The value-axis range for the months after the first, or null when month 0 is not a spike (or there are
    /// fewer than three months, or no finite later value).</summary>
    /// <param name="low">Lower values per month (a fan's P5, or every compared series' values at once).</param>
    /// <param name="high">Upper values per month.</param>
    internal static double[]? Range(IEnumerable<IReadOnlyList<double>> low, IEnumerable<IReadOnlyList<double>> high)
    {
        var lows = low.ToArray();
        var highs = high.ToArray();
        if (lows.Length == 0 || lows.Any(s => s.Count < 3) || highs.Any(s => s.Count < 3))
        {
            return null;
        }

        var laterLow = lows.SelectMany(s => s.Skip(1)).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Min();
        var laterHigh = highs.SelectMany(s => s.Skip(1)).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
        if (!double.IsFinite(laterLow) || !double.IsFinite(laterHigh))
        {
            return null;
        }

        double lo = Math.Min(laterLow, 0), hi = Math.Max(laterHigh, 0);
        double span = hi - lo;
        if (span <= 0)
        {
            return null;
        }

        double firstLow = lows.Select(s => s[0]).Where(double.IsFinite).DefaultIfEmpty(lo).Min();
        double firstHigh = highs.Select(s => s[0]).Where(double.IsFinite).DefaultIfEmpty(hi).Max();
        bool spike = firstHigh > hi + (SpanFactor * span) || firstLow < lo - (SpanFactor * span);
        return spike ? [lo - (Padding * span), hi + (Padding * span)] : null;
    }
}

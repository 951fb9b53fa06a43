namespace Economics.Charts.Theme;

/// <summary>When a value axis is logarithmic: when its values span more than two decades (the fan charts, the builder's
/// cost by volume).</summary>
internal static class LogAxis
{
    /// <summary>Ratio of the highest to the lowest value above which a value axis is logarithmic. Within two decades a log
    /// axis labels a crowd of values in the middle (the builder's $3.34–$14 got $4 … $15, and no label near $3.34); a
    /// linear one reads at a glance.</summary>
    public const double Span = 100;

    /// <summary>True when every value of <paramref name="low"/> is positive and the highest finite value of
    /// <paramref name="high"/> is more than <paramref name="span"/> times the lowest finite value of <paramref name="low"/>
    /// (e.g. a band's P5 and P95).</summary>
    public static bool SpansMoreThan(IReadOnlyList<double> low, IReadOnlyList<double> high, double span = Span)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        if (low.Any(v => !(v > 0)))
        {
            return false;
        }

        double min = low.Where(double.IsFinite).DefaultIfEmpty(1).Min();
        double max = high.Where(double.IsFinite).DefaultIfEmpty(1).Max();
        return max / min > span;
    }

    /// <summary><see cref="SpansMoreThan(IReadOnlyList{double}, IReadOnlyList{double}, double)"/> of one set of values.</summary>
    public static bool SpansMoreThan(IReadOnlyList<double> values, double span = Span) => SpansMoreThan(values, values, span);
}

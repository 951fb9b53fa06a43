using System.Globalization;
using Economics.Analysis.Parameters;

namespace Economics.Analysis.Sweeps;

/// <summary>One axis of a sweep: a JSON path and <see cref="Count"/> evenly spaced values from
/// <see cref="Low"/> to <see cref="High"/> (both included), written <c>path=lo:hi:n</c>.</summary>
/// <param name="Path">JSON path of a numeric field, e.g. <c>token.pools[0].vestingMonths</c>.</param>
/// <param name="Low">First value, in the field's unit.</param>
/// <param name="High">Last value (may be below <paramref name="Low"/> for a descending axis).</param>
/// <param name="Count">Number of values. Range: 1–1,000,000 (1 uses <paramref name="Low"/> only).</param>
public sealed record SweepAxis(string Path, double Low, double High, int Count)
{
    /// <summary>The values, in order: Low + i·(High − Low)/(Count − 1), the last exactly High.</summary>
    public IReadOnlyList<double> Values =>
        Count == 1 ? [Low] : Enumerable.Range(0, Count).Select(i => i == Count - 1 ? High : Low + i * (High - Low) / (Count - 1)).ToArray();

    /// <summary>Parses <c>path=lo:hi:n</c>, e.g. <c>fees.policy.markupFraction=0:1:11</c>; false with a
    /// message naming the spec and what is wrong.</summary>
    public static bool TryParse(string? spec, out SweepAxis? axis, out string error)
    {
        axis = null;
        const string form = "write path=lo:hi:n, e.g. fees.policy.markupFraction=0:1:11";
        if (string.IsNullOrWhiteSpace(spec))
        {
            error = $"the sweep axis is empty; {form}";
            return false;
        }

        int equals = spec.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            error = $"'{spec}' has no 'path='; {form}";
            return false;
        }

        string path = spec[..equals].Trim();
        string[] parts = spec[(equals + 1)..].Split(':');
        if (parts.Length != 3)
        {
            error = $"'{spec}': the range of {path} must have three parts lo:hi:n, found {parts.Length.ToString(CultureInfo.InvariantCulture)}; {form}";
            return false;
        }

        if (!TryNumber(parts[0], out double low) || !TryNumber(parts[1], out double high))
        {
            error = $"'{spec}': lo and hi of {path} must be finite numbers (invariant culture, '.' for decimals); {form}";
            return false;
        }

        if (!int.TryParse(parts[2].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) || count < 1 || count > ParameterSweep.MaxCells)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"'{spec}': n of {path} must be a whole number from 1 to {ParameterSweep.MaxCells:N0}");
            return false;
        }

        if (count == 1 && low != high)
        {
            error = $"'{spec}': with n = 1 the range of {path} must be a single value (lo = hi)";
            return false;
        }

        axis = new SweepAxis(path, low, high, count);
        error = string.Empty;
        return true;
    }

    /// <summary>Checks that the axis gives <see cref="Count"/> distinct values of <paramref name="parameter"/> once
    /// whole-number fields round them (nearest integer, halves away from zero): <c>horizonMonths=12:13:3</c> would
    /// run 12.5 as 13, a second copy of the cell at 13.</summary>
    /// <param name="parameter">The field this axis varies, resolved against the scenario.</param>
    /// <param name="name">The argument name to report.</param>
    /// <exception cref="ArgumentException">Two values round to the same whole number; the message names the axis,
    /// the values it would run and the largest <c>n</c> that fits.</exception>
    public void CheckDistinct(ScenarioParameter parameter, string name)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (!parameter.IsWholeNumber)
        {
            return;
        }

        var effective = Values.Select(parameter.Effective).ToArray();
        if (effective.Distinct().Count() == effective.Length)
        {
            return;
        }

        double span = Math.Abs(parameter.Effective(High) - parameter.Effective(Low));
        string shown = effective.Length <= 8
            ? string.Join(", ", effective.Select(ValueText.Show))
            : string.Join(", ", effective.Take(6).Select(ValueText.Show)) + ", …";
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"sweep axis {this}: {parameter.Name} holds whole numbers, and {Count:N0} values from {ValueText.Show(Low)} to {ValueText.Show(High)} round to {effective.Distinct().Count():N0} distinct ones ({shown}); a whole-number axis from {ValueText.Show(parameter.Effective(Low))} to {ValueText.Show(parameter.Effective(High))} has at most |hi − lo| + 1 = {span + 1:N0} values"),
            name);
    }

    /// <summary>Parses <c>path=lo:hi:n</c>.</summary>
    /// <exception cref="FormatException">The spec is malformed; the message says why.</exception>
    public static SweepAxis Parse(string spec) => TryParse(spec, out var axis, out string error) ? axis! : throw new FormatException(error);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}={Low:R}:{High:R}:{Count}");

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}

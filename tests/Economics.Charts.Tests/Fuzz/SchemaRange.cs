using System.Globalization;
using System.Text.RegularExpressions;
using Economics.Model.Validation;

namespace Economics.Charts.Tests.Fuzz;

/// <summary>
/// The range of one numeric scenario field, read from its description in <c>scenario.schema.json</c> ("Range: [0, 1]",
/// "≥ 1", "> 0", "10⁻⁶ to 100", "1–1200", "0 (no capacity) or 1 to 10¹⁵", "> −1 and ≤ 10" …). Unbounded ends are
/// the validator's <see cref="ScenarioValidator.MaxAmount"/>; <see cref="ZeroOrAbove"/> is a range that also allows 0.
/// </summary>
/// <param name="Min">Lowest value.</param>
/// <param name="MinInclusive">Whether <paramref name="Min"/> itself is allowed.</param>
/// <param name="Max">Highest value.</param>
/// <param name="MaxInclusive">Whether <paramref name="Max"/> itself is allowed.</param>
/// <param name="ZeroOrAbove">Whether 0 is also allowed below <paramref name="Min"/>.</param>
internal sealed partial record SchemaRange(double Min, bool MinInclusive, double Max, bool MaxInclusive, bool ZeroOrAbove)
{
    /// <summary>The largest model horizon (months), for "0 – horizon".</summary>
    private const double Horizon = 1200;

    /// <summary>Any amount the validator accepts: [0, MaxAmount].</summary>
    public static SchemaRange Amount { get; } = new(0, true, ScenarioValidator.MaxAmount, true, false);

    /// <summary>The range in a field's description, or null when it names none or one relative to another field
    /// ("≤ upper", "[lower, upper]").</summary>
    public static SchemaRange? FromDescription(string? description)
    {
        if (description is null)
        {
            return null;
        }

        int at = description.IndexOf("Range:", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        string text = Normalize(description[(at + "Range:".Length)..]);
        Match m;
        if ((m = ZeroOr().Match(text)).Success)
        {
            return new(Number(m.Groups[1].Value), true, Number(m.Groups[2].Value), true, true);
        }

        if ((m = Interval().Match(text)).Success)
        {
            return new(Number(m.Groups[2].Value), m.Groups[1].Value == "[", Number(m.Groups[3].Value), m.Groups[4].Value == "]", false);
        }

        if ((m = AboveAndAtMost().Match(text)).Success)
        {
            return new(Number(m.Groups[1].Value), false, Number(m.Groups[2].Value), true, false);
        }

        if ((m = FromTo().Match(text)).Success)
        {
            double max = m.Groups[2].Value switch
            {
                "horizon" => Horizon,
                "maxFeeGwei" => ScenarioValidator.MaxAmount,
                string v => Number(v),
            };
            return new(Number(m.Groups[1].Value), true, max, true, false);
        }

        if ((m = Bound().Match(text)).Success)
        {
            return new(Number(m.Groups[2].Value), m.Groups[1].Value == "≥", ScenarioValidator.MaxAmount, true, false);
        }

        return null;
    }

    /// <summary>Whether <paramref name="value"/> is in the range.</summary>
    public bool Contains(double value) =>
        (ZeroOrAbove && value == 0)
        || ((MinInclusive ? value >= Min : value > Min) && (MaxInclusive ? value <= Max : value < Max));

    /// <summary>A value in the range, chosen by <paramref name="pick"/> (uniform in [0, 1)) and <paramref name="mode"/>:
    /// the ends (or just inside an open end), 0 where allowed, log-uniform over wide ranges, uniform otherwise.</summary>
    public double Sample(int mode, double pick, bool whole)
    {
        double lo = MinInclusive ? Min : Inside(Min, up: true, whole);
        double hi = MaxInclusive ? Max : Inside(Max, up: false, whole);
        if (whole)
        {
            lo = Math.Ceiling(lo);
            hi = Math.Min(Math.Floor(hi), int.MaxValue);
        }

        double value = (mode % 8) switch
        {
            0 => lo,
            1 => hi,
            2 => ZeroOrAbove ? 0 : lo,
            3 => Inside(lo, up: true, whole),
            _ => lo >= 0 && hi > 1000 * Math.Max(lo, 1e-6)
                ? Math.Exp(Math.Log(Math.Max(lo, 1e-9)) + (pick * (Math.Log(hi) - Math.Log(Math.Max(lo, 1e-9)))))
                : lo + (pick * (hi - lo)),
        };
        value = Math.Clamp(value, lo, hi);
        return whole ? Math.Clamp(Math.Round(value), lo, hi) : value;
    }

    /// <summary>A value just outside the range, or an extreme (a mutation the validator must reject or accept
    /// cleanly).</summary>
    public double Outside(int mode) => (mode % 6) switch
    {
        0 => Min == 0 ? -1e-9 : Min - (Math.Abs(Min) * 1e-6) - 1e-12,
        1 => Max * (1 + 1e-6),
        2 => -1,
        3 => 1e300,
        4 => ZeroOrAbove ? Min / 2 : -ScenarioValidator.MaxAmount,
        _ => 2147483648.0,
    };

    private static double Inside(double bound, bool up, bool whole) =>
        whole ? bound + (up ? 1 : -1) : bound == 0 ? (up ? 1e-12 : -1e-12) : bound + ((up ? 1 : -1) * Math.Abs(bound) * 1e-9);

    private static string Normalize(string text) =>
        text.Replace("−", "-", StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace("10⁻⁹", "1e-9", StringComparison.Ordinal).Replace("10⁻⁶", "1e-6", StringComparison.Ordinal)
            .Replace("10¹⁵", "1e15", StringComparison.Ordinal).Replace("–", " to ", StringComparison.Ordinal)
            .Replace("…", " to ", StringComparison.Ordinal).Replace("any integer", string.Empty, StringComparison.Ordinal).Trim();

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private const string Bare = @"-?[0-9]+(?:\.[0-9]+)?(?:e-?[0-9]+)?";

    private const string Num = "(" + Bare + ")";

    // The ranges are written "[0 1]" after the commas are gone.
    [GeneratedRegex(@"^0 \(no capacity\) or " + Num + " +to +" + Num)]
    private static partial Regex ZeroOr();

    [GeneratedRegex(@"^([\[(])" + Num + " +" + Num + @"([\])])")]
    private static partial Regex Interval();

    [GeneratedRegex(@"^> *" + Num + " and ≤ *" + Num)]
    private static partial Regex AboveAndAtMost();

    [GeneratedRegex(@"^" + Num + " +to +(" + Bare + "|horizon|maxFeeGwei)")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"^(≥|>) *" + Num)]
    private static partial Regex Bound();
}

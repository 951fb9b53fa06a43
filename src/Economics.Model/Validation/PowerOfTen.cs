using System.Globalization;

namespace Economics.Model.Validation;

/// <summary>A number written as m × 10ⁿ with the exponent in superscript digits ("1 × 10³⁰⁸", "4.94066 × 10⁻³²⁴"):
/// how a person writes a number too large or too small to write out, instead of E-notation. Shared by validation
/// messages (<see cref="ProblemList"/>) and the report's words (Economics.Analysis.Text.HumanFormat).</summary>
public static class PowerOfTen
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Formats a finite, non-zero <paramref name="value"/> with <paramref name="significantDigits"/>
    /// significant digits (trailing zeros dropped), from the round-trip scientific form so subnormals keep their
    /// mantissa and a mantissa rounded up to 10 carries into the exponent.</summary>
    /// <param name="value">The number. Unit: its own.</param>
    /// <param name="significantDigits">Significant digits of the mantissa, 1–15.</param>
    public static string Format(double value, int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significantDigits, 15);
        var inv = CultureInfo.InvariantCulture;
        string scientific = value.ToString("E" + (significantDigits - 1).ToString(inv), inv);
        int e = scientific.IndexOf('E', StringComparison.Ordinal);
        string mantissa = scientific.Contains('.', StringComparison.Ordinal) ? scientific[..e].TrimEnd('0').TrimEnd('.') : scientific[..e];
        string exponent = int.Parse(scientific[(e + 1)..], NumberStyles.AllowLeadingSign, inv).ToString(inv);
        return mantissa + " × 10" + string.Concat(exponent.Select(c => c == '-' ? '⁻' : Superscripts[c - '0']));
    }
}

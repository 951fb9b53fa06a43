using System.Globalization;
using Economics.Analysis.Text;

namespace Economics.Analysis.Parameters;

/// <summary>Numbers in messages about input: six significant digits, thousands separated, never E-notation
/// (<see cref="HumanFormat.Number"/>); a value that is not finite is named as typed (NaN, Infinity, -Infinity), as the
/// scenario validator's messages do, not "n/a" (which reads as "not applicable", not as "you gave NaN").</summary>
internal static class ValueText
{
    public static string Show(double value) =>
        double.IsFinite(value) ? HumanFormat.Number(value, 6) : value.ToString(CultureInfo.InvariantCulture);
}

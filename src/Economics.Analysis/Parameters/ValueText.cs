using System.Globalization;

namespace Economics.Analysis.Parameters;

/// <summary>Numbers in messages: six significant digits, invariant culture (as the validator shows them).</summary>
internal static class ValueText
{
    public static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

using Economics.Analysis.Text;

namespace Economics.Analysis.Parameters;

/// <summary>Numbers in messages: six significant digits, thousands separated, never E-notation (<see cref="HumanFormat.Number"/>).</summary>
internal static class ValueText
{
    public static string Show(double value) => HumanFormat.Number(value, 6);
}

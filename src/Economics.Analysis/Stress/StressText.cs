using System.Globalization;
using Economics.Analysis.Text;

namespace Economics.Analysis.Stress;

/// <summary>A shock size as a reader reads it: "−37% price", "gas × 12.5", "λ = 0.37".</summary>
public static class StressText
{
    /// <summary>The shock <paramref name="size"/> on <paramref name="axis"/> in words; "none in range" for NaN; "no shock"
    /// for 0 (a network that fails unshocked: "price −0%" and "gas × 1" read as shocks).</summary>
    public static string Shock(string axis, double size)
    {
        ArgumentNullException.ThrowIfNull(axis);
        if (double.IsNaN(size))
        {
            return "none in range";
        }

        if (size == 0)
        {
            return "no shock";
        }

        return axis switch
        {
            "tokenPrice" => "price −" + HumanFormat.Percent(size),
            "demand" => "demand −" + HumanFormat.Percent(size),
            "baseGas" => "gas × " + HumanFormat.Number(1.0 + size, 4),
            "awsPrice" => "AWS costs × " + HumanFormat.Number(1.0 + size, 4),
            "awsOutage" => HumanFormat.Percent(size) + " of AWS capacity lost",
            "unlockSelling" => HumanFormat.Percent(size) + " of unsold unlocks sold",
            "listPrice" => "list prices −" + HumanFormat.Percent(size),
            StressAxes.Combined => "λ = " + size.ToString("0.####", CultureInfo.InvariantCulture),
            _ => HumanFormat.Number(size, 4),
        };
    }
}

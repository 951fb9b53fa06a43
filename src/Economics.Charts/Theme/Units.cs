using System.Globalization;

namespace Economics.Charts.Theme;

/// <summary>Invariant-culture formatting of the quantities charts and sentences show.</summary>
public static class Units
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>d3 tick format for USD amounts with SI suffixes ($1.2M). An axis declared with it writes ticks closer
    /// than $1 apart in full instead (<see cref="UsdFine"/>): d3's SI prefix would write $0.80 as "$800m", which reads
    /// as 800 million.</summary>
    public const string UsdSi = "$~s";

    /// <summary>d3 format of USD amounts below the SI range, and of every USD hover value: three significant digits,
    /// thousands separated, no SI prefix ($0.8, $0.00412, $123,000).</summary>
    public const string UsdFine = "$,.3~r";

    /// <summary>d3 format for USD per inference (4 significant digits).</summary>
    public const string UsdSmall = "$.3~r";

    /// <summary>d3 format for a fraction as a percentage.</summary>
    public const string Percent = ".0%";

    /// <summary>d3 format for counts with SI suffixes.</summary>
    public const string CountSi = "~s";

    /// <summary>A count in full with thousands separators (hover text of count axes): 1,234,567.</summary>
    public const string CountFull = ",.0f";

    /// <summary>USD with a size-appropriate precision (<see cref="Economics.Analysis.Text.HumanFormat.Usd"/>: $1.23M,
    /// $12,345, $12.30, $0.00412, "over $1,000T").</summary>
    public static string Usd(double value) => Economics.Analysis.Text.HumanFormat.Usd(value);

    /// <summary>A fraction as a whole-number percentage ("41%"), or one decimal below 10% ("4.5%").</summary>
    public static string Pct(double fraction) => Economics.Analysis.Text.HumanFormat.Percent(fraction);

    /// <summary>A ratio as a multiple (<see cref="Economics.Analysis.Text.HumanFormat.Times"/>: "3.2×", "over 1,000,000×").</summary>
    public static string Times(double ratio) => Economics.Analysis.Text.HumanFormat.Times(ratio);

    /// <summary>A premium over a direct price (<see cref="Economics.Analysis.Text.HumanFormat.Premium"/>: "+0.3%",
    /// "3.4× direct" beyond double the price).</summary>
    public static string Premium(double fraction) => Economics.Analysis.Text.HumanFormat.Premium(fraction);

    /// <summary>A count with SI-like suffixes ("1.2 billion", "41.5").</summary>
    public static string Count(double value) => Economics.Analysis.Text.HumanFormat.Count(value);

    /// <summary>Bytes in decimal units ("3.4 GB"; <see cref="Economics.Analysis.Text.HumanFormat.Bytes"/>, n/a when
    /// not finite).</summary>
    public static string Bytes(double bytes) => Economics.Analysis.Text.HumanFormat.Bytes(bytes);

    /// <summary>A month as "Jan 2030".</summary>
    public static string MonthName(DateOnly date) => date.ToString("MMM yyyy", Inv);

    /// <summary>A number in invariant culture with up to 6 significant digits, thousands separated from 1,000, never
    /// E-notation (<see cref="Economics.Analysis.Text.HumanFormat.Number"/>).</summary>
    public static string Number(double value) => Economics.Analysis.Text.HumanFormat.Number(value, 6);
}

using System.Globalization;
using System.Text;
using Economics.Model.Results;

namespace Economics.Analysis.Text;

/// <summary>
/// The one formatter for numbers and names a person reads (terminal tables, messages, the answers): invariant
/// culture, never E-notation, units written out (<c>$1.23M</c>, <c>41%</c>, <c>1.9×</c>, <c>month 48</c>), and
/// camelCase keys turned into labels (<c>cumulativeOperatorProfitUsd</c> → "Cumulative operator profit (USD)").
/// Machine-readable files (CSV, JSON) keep round-trip numbers and are not written with it.
/// </summary>
/// <remarks><see cref="Usd"/>, <see cref="Percent"/>, <see cref="Times"/>, <see cref="Count"/> and
/// <see cref="Bytes"/> write exactly what the HTML report and the chart subtitles write (Economics.Charts.Theme.Units;
/// a test compares them).</remarks>
public static class HumanFormat
{
    /// <summary>Written for a value that does not apply (NaN, infinite or null).</summary>
    public const string NotApplicable = "n/a";

    /// <summary>Written for a month that never happens (a null month).</summary>
    public const string Never = "never";

    private const double ThousandsFrom = 1_000;
    private const int MaxDecimals = 15;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Words written in capitals in labels.
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["Usd"] = "USD", ["Aws"] = "AWS", ["Mev"] = "MEV", ["Gpu"] = "GPU", ["Tee"] = "TEE", ["Hhi"] = "HHI", ["Opg"] = "OPG",
    };

    /// <summary>A plain number: thousands separated and whole from 1,000 up; <paramref name="significantDigits"/>
    /// significant digits below (0.00009363, never 9.363E-05); "n/a" for NaN or infinity.</summary>
    /// <param name="value">The number.</param>
    /// <param name="significantDigits">Significant digits below 1,000 (1–15).</param>
    public static string Number(double value, int significantDigits = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(significantDigits, 15);
        if (!double.IsFinite(value))
        {
            return NotApplicable;
        }

        if (Math.Abs(value) >= PowerOfTenFrom)
        {
            return Model.Validation.PowerOfTen.Format(value, significantDigits);
        }

        if (Math.Abs(value) >= ThousandsFrom)
        {
            return value.ToString("#,0", Inv);
        }

        if (value == 0)
        {
            return "0";
        }

        int decimals = Math.Clamp(significantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, MaxDecimals);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.###############", Inv);
    }

    /// <summary>Smallest magnitude written as a power of ten ("3.5 × 10²¹") instead of in full digits: a bound of 1e308
    /// typed as a sweep end is not 309 digits long. Unit: the number's own.</summary>
    public const double PowerOfTenFrom = 1e21;

    /// <summary>Two numbers with as many significant digits (from <paramref name="minimumDigits"/>, at most 15) as it
    /// takes to tell them apart, e.g. the two ends of a jump.</summary>
    /// <remarks>From 1,000 up <see cref="Number"/> writes whole numbers, so two numbers with the same whole part get
    /// decimals here (up to 15 significant digits in all): 6,060,606.06 and 6,060,606.36, not 6,060,606 twice.</remarks>
    public static (string A, string B) Distinct(double a, double b, int minimumDigits = 6)
    {
        for (int digits = Math.Clamp(minimumDigits, 1, 15); ; digits++)
        {
            string first = Number(a, digits), second = Number(b, digits);
            if (!string.Equals(first, second, StringComparison.Ordinal))
            {
                return (first, second);
            }

            if (digits == 15)
            {
                return WithDecimals(a, b) ?? (first, second);
            }
        }
    }

    // Two numbers from 1,000 up (below PowerOfTenFrom) that Number writes alike: with the fewest decimals that tell
    // them apart, within 15 significant digits; null when none do (or they are not in that range).
    private static (string A, string B)? WithDecimals(double a, double b)
    {
        double larger = Math.Max(Math.Abs(a), Math.Abs(b));
        if (!double.IsFinite(a) || !double.IsFinite(b) || Math.Min(Math.Abs(a), Math.Abs(b)) < ThousandsFrom || larger >= PowerOfTenFrom)
        {
            return null;
        }

        int wholeDigits = (int)Math.Floor(Math.Log10(larger)) + 1;
        for (int decimals = 1; decimals <= 15 - wholeDigits; decimals++)
        {
            string format = "#,0." + new string('0', decimals);
            string first = a.ToString(format, Inv), second = b.ToString(format, Inv);
            if (!string.Equals(first, second, StringComparison.Ordinal))
            {
                return (first, second);
            }
        }

        return null;
    }

    /// <summary>Largest amount of USD written in digits: beyond it, "over $1,000T" (a stake of 1e300 tokens never prints
    /// 300 digits).</summary>
    public const double LargestWrittenUsd = 1e15;

    /// <summary>Amounts from this up (below $1M) are written in whole dollars: cents on hundreds ("−$459.00" beside
    /// "−$1,196") are digits nobody reads; $99.995 and up round to "$100", not "$100.00".</summary>
    private const double WholeDollarsFrom = 99.995;

    /// <summary>USD with a size-appropriate precision: $1.23T, $1.23B, $1.23M, $12,345, $459, $12.30, $0.00412; "over $1,000T"
    /// (or "under −$1,000T") beyond <see cref="LargestWrittenUsd"/>; "n/a" for NaN.</summary>
    public static string Usd(double value)
    {
        if (double.IsNaN(value))
        {
            return NotApplicable;
        }

        double a = Math.Abs(value);
        string sign = value < 0 ? "−" : string.Empty;
        return a switch
        {
            > LargestWrittenUsd => (value < 0 ? "under −$" : "over $") + (LargestWrittenUsd / 1e12).ToString("#,##0", Inv) + "T",
            >= 1e12 => sign + "$" + (a / 1e12).ToString("0.##", Inv) + "T",
            >= 1e9 => sign + "$" + (a / 1e9).ToString("0.##", Inv) + "B",
            >= 1e6 => sign + "$" + (a / 1e6).ToString("0.##", Inv) + "M",
            >= WholeDollarsFrom => sign + "$" + a.ToString("#,##0", Inv),
            >= 1 => sign + "$" + a.ToString("0.00", Inv),
            0 => "$0",
            _ => sign + "$" + SignificantSmall(a),
        };
    }

    /// <summary>Largest multiple written in digits; beyond it a ratio reads "over 1,000,000×" (and a fraction "over
    /// 100,000,000%"), so a ratio of near-zero prices never prints hundreds of digits or "Infinity".</summary>
    public const double LargestWrittenMultiple = 1e6;

    /// <summary>A fraction as a whole-number percentage ("41%"), one decimal below 10% ("4.5%") and just short of 100%
    /// ("99.7%", "99.96%", "&gt;99.99%", never a rounded "100%"), "&lt;0.1%" for a tiny share, "over 100,000,000%" beyond
    /// <see cref="LargestWrittenMultiple"/>; a negative one signed with the minus sign ("−45%").</summary>
    public static string Percent(double fraction)
    {
        if (double.IsNaN(fraction))
        {
            return NotApplicable;
        }

        if (Math.Abs(fraction) > LargestWrittenMultiple)
        {
            return (fraction < 0 ? "−" : string.Empty) + "over " + (LargestWrittenMultiple * 100).ToString("#,##0", Inv) + "%";
        }

        double p = fraction * 100;
        if (p != 0 && Math.Abs(p) < 0.1)
        {
            return p > 0 ? "<0.1%" : "−<0.1%";
        }

        // A negative share is signed with the minus sign (U+2212), as amounts are ("−$459"), never a hyphen
        double a = Math.Abs(p);
        string sign = p < 0 ? "−" : string.Empty;

        // A share just short of the whole is not written as the whole: 99.7% is "99.7%", not "100%" beside a 0.3% part
        if (a >= NearlyAllPercent && a < 100)
        {
            return sign + (a >= 99.995 ? ">99.99%" : a.ToString(a >= 99.95 ? "0.00" : "0.0", Inv) + "%");
        }

        return sign + (a < 10 && a != 0 ? a.ToString("0.#", Inv) : a.ToString("0", Inv)) + "%";
    }

    /// <summary>Percentages from this up to (not including) 100 are written with one decimal (two from 99.95%), so that
    /// they do not round to 100%.</summary>
    private const double NearlyAllPercent = 99.5;

    /// <summary>A whole number of months: "1 month", "73 months".</summary>
    public static string Months(int months) => Things(months, "month", "months");

    /// <summary>A whole number of things with its noun: "1 item", "0 items", "3 operator cohorts".</summary>
    /// <param name="count">How many.</param>
    /// <param name="one">The noun for exactly one.</param>
    /// <param name="many">The noun for any other count.</param>
    public static string Things(int count, string one, string many) => count.ToString(Inv) + " " + (count == 1 ? one : many);

    /// <summary>Items in a sentence: "a", "a and b", "a, b and c"; empty for none.</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    /// <summary>A ratio as a multiple ("3.2×", "0.73×", "15×", "1.003×" near 1, "−2.5×"), "over 1,000,000×" beyond
    /// <see cref="LargestWrittenMultiple"/>.</summary>
    public static string Times(double ratio) =>
        double.IsNaN(ratio) ? NotApplicable
        : Math.Abs(ratio) > LargestWrittenMultiple ? (ratio < 0 ? "−" : string.Empty) + "over " + LargestWrittenMultiple.ToString("#,##0", Inv) + "×"
        : (ratio < 0 ? "−" : string.Empty) + Math.Abs(ratio).ToString(Math.Abs(ratio) >= 10 ? "#,##0" : Math.Abs(ratio - 1) < NearOne ? "0.0##" : "0.0#", Inv) + "×";

    /// <summary>A premium over a direct price, given as a fraction of it: signed percent up to double the price ("+0.3%",
    /// "−5%", "+100%"), and beyond that the multiple of the direct price ("3.4× direct", "534× direct"), so a
    /// premium on a near-free call never reads "+53290%"; "n/a" for NaN (no direct price).</summary>
    public static string Premium(double fraction) =>
        double.IsNaN(fraction) ? NotApplicable
        : fraction > 1 ? Times(1 + fraction) + " direct"
        : (fraction >= 0 ? "+" : string.Empty) + Percent(fraction);

    /// <summary>Multiples this close to 1 get a third decimal: a price 0.3% above the direct one is "1.003×", not a
    /// "1.0×" that reads as the same price.</summary>
    private const double NearOne = 0.05;

    /// <summary>A count with word suffixes ("1.2 billion", "4,100", "41.5").</summary>
    /// <remarks>The word is chosen after rounding, so 999,999,999 is "1 billion", not "1000 million".</remarks>
    public static string Count(double value)
    {
        if (!double.IsFinite(value))
        {
            return NotApplicable;
        }

        double a = Math.Abs(value);
        if (Math.Round(a, MidpointRounding.AwayFromZero) < 1e6)
        {
            return a >= 100 ? value.ToString("#,##0", Inv) : value.ToString("0.#", Inv);
        }

        foreach (var (scale, word) in CountWords)
        {
            if (Math.Round(a / scale, 2, MidpointRounding.AwayFromZero) < 1000)
            {
                return (value / scale).ToString("0.##", Inv) + " " + word;
            }
        }

        return (value / 1e12).ToString("0.##", Inv) + " trillion";
    }

    // Count words below a trillion, from the smallest (a trillion and more are written in trillions).
    private static readonly (double Scale, string Word)[] CountWords = [(1e6, "million"), (1e9, "billion")];

    /// <summary>Bytes in decimal units ("3.4 GB").</summary>
    public static string Bytes(double bytes) => !double.IsFinite(bytes) ? NotApplicable : Math.Abs(bytes) switch
    {
        >= 1e12 => (bytes / 1e12).ToString("0.##", Inv) + " TB",
        >= 1e9 => (bytes / 1e9).ToString("0.##", Inv) + " GB",
        >= 1e6 => (bytes / 1e6).ToString("0.##", Inv) + " MB",
        >= 1e3 => (bytes / 1e3).ToString("0.##", Inv) + " kB",
        _ => bytes.ToString("0", Inv) + " bytes",
    };

    /// <summary>A model month: "month 48 (2030-01)" when its date is known, "month 48" otherwise, "never" for null.</summary>
    /// <param name="month">The 0-based month; null when it never happens.</param>
    /// <param name="dates">The run's calendar, month by month (optional).</param>
    public static string Month(int? month, IReadOnlyList<DateOnly>? dates = null)
    {
        if (month is not { } m)
        {
            return Never;
        }

        return dates is not null && m >= 0 && m < dates.Count
            ? string.Create(Inv, $"month {m} ({dates[m]:yyyy-MM})")
            : string.Create(Inv, $"month {m}");
    }

    /// <summary><paramref name="value"/> written in <paramref name="unit"/>.</summary>
    public static string Value(double value, MetricUnit unit) => unit switch
    {
        _ when !double.IsFinite(value) => NotApplicable,
        MetricUnit.Usd => Usd(value),
        MetricUnit.Fraction => Percent(value),
        MetricUnit.Ratio => Times(value),
        MetricUnit.Month => Math.Abs(value - Math.Round(value)) < 1e-9 ? Month((int)Math.Round(value)) : "month " + Number(value),
        MetricUnit.Count => Count(value),
        MetricUnit.Bytes => Bytes(value),
        _ => Number(value),
    };

    /// <summary>The value of a named quantity (a summary metric or a <c>summary.json</c> key), in its unit
    /// (<see cref="UnitOf"/>).</summary>
    public static string Value(string key, double value) => Value(value, UnitOf(key));

    /// <summary>Whether <paramref name="value"/> of metric <paramref name="key"/> is the stand-in for a month that never
    /// happens: <see cref="SummaryMetrics"/> reads such a month as the horizon (so later is always larger), a value no
    /// month of a <paramref name="horizonMonths"/>-month run can have.</summary>
    public static bool IsNeverMonth(string key, double value, int horizonMonths) =>
        UnitOf(key) == MetricUnit.Month && value >= horizonMonths;

    /// <summary>
    /// The unit of a named quantity: the unit a summary metric's description ends with ("(USD)", "(fraction)", …), else
    /// the key's last words (<c>…Month</c>, <c>…Usd…</c>, <c>…Share</c>/<c>…Dependence</c>, <c>…Factor</c>/<c>…Ratio</c>/<c>…Vs…</c>,
    /// <c>…Bytes…</c>, <c>…Nodes…</c>/<c>…Inferences…</c>/<c>…Tokens…</c>).
    /// </summary>
    public static MetricUnit UnitOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (SummaryMetrics.Names.TryGetValue(key, out string? description) && FromDescription(description) is { } described)
        {
            return described;
        }

        string[] words = Words(key.Split('.')[0]);
        string last = words.Length > 0 ? words[^1] : string.Empty;
        bool Has(string word) => words.Contains(word, StringComparer.Ordinal);
        return last switch
        {
            "Month" => MetricUnit.Month,
            _ when Has("Usd") => MetricUnit.Usd,
            "Share" or "Dependence" => MetricUnit.Fraction,
            "Factor" or "Ratio" => MetricUnit.Ratio,
            _ when Has("Vs") => MetricUnit.Ratio,
            _ when Has("Bytes") => MetricUnit.Bytes,
            _ when Has("Nodes") || Has("Inferences") || Has("Tokens") => MetricUnit.Count,
            _ => MetricUnit.Number,
        };
    }

    /// <summary>A camelCase key as a label: words split, the first capitalised, acronyms in capitals, a trailing
    /// unit in brackets; a dotted key's tail after a colon. <c>cumulativeOperatorProfitUsd</c> → "Cumulative operator
    /// profit (USD)", <c>survivingNodesByCohort.gpu-tee</c> → "Surviving nodes by cohort: gpu-tee".</summary>
    public static string Label(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int dot = key.IndexOf('.', StringComparison.Ordinal);
        string head = dot < 0 ? key : key[..dot];
        string[] words = Words(head);
        if (words.Length == 0)
        {
            return key;
        }

        string? unit = words.Length > 1 && words[^1] == "Usd" ? "USD" : null;
        var text = new StringBuilder();
        int count = unit is null ? words.Length : words.Length - 1;
        for (int i = 0; i < count; i++)
        {
            string word = words[i];
            string written = Acronyms.TryGetValue(Capitalised(word), out string? acronym)
                ? acronym
                : i == 0 ? Capitalised(word) : word.ToLowerInvariant();
            text.Append(i == 0 ? string.Empty : " ").Append(written);
        }

        if (unit is not null)
        {
            text.Append(" (").Append(unit).Append(')');
        }

        if (dot >= 0)
        {
            text.Append(": ").Append(key[(dot + 1)..]);
        }

        return text.ToString();
    }

    private static MetricUnit? FromDescription(string description)
    {
        int open = description.LastIndexOf('(');
        if (open < 0 || !description.EndsWith(')'))
        {
            return null;
        }

        return description[(open + 1)..^1] switch
        {
            "USD" or "USD/inference" => MetricUnit.Usd,
            "fraction" => MetricUnit.Fraction,
            "ratio" => MetricUnit.Ratio,
            "month" => MetricUnit.Month,
            "nodes" => MetricUnit.Count,
            "bytes" => MetricUnit.Bytes,
            _ => null,
        };
    }

    // "cumulativeOperatorProfitUsd" → ["cumulative", "Operator", "Profit", "Usd"]; digits stay with their word.
    private static string[] Words(string key)
    {
        var words = new List<string>();
        int start = 0;
        for (int i = 1; i <= key.Length; i++)
        {
            if (i == key.Length || (char.IsUpper(key[i]) && !char.IsUpper(key[i - 1])))
            {
                if (i > start)
                {
                    words.Add(key[start..i]);
                }

                start = i;
            }
        }

        return [.. words.Select(Capitalised)];
    }

    private static string Capitalised(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string SignificantSmall(double a)
    {
        int decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(a)), 2, 12);
        return Math.Round(a, decimals).ToString("0." + new string('#', decimals), Inv);
    }
}

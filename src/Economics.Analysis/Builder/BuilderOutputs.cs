using Deedle;
using Economics.Analysis.Output;

namespace Economics.Analysis.Builder;

/// <summary>Writes a <see cref="BuilderResult"/>: <c>builder.csv</c> (the builder's cost in the scenario and under each
/// settlement tier and payment scheme) and <c>builder_volume.csv</c> (the cost across volumes). Money columns are USD per
/// 1,000 calls; premium shares are fractions; an empty cell is not applicable.</summary>
public static class BuilderOutputs
{
    /// <summary>The variants table.</summary>
    public const string VariantsFileName = "builder.csv";

    /// <summary>The volume curve.</summary>
    public const string VolumeFileName = "builder_volume.csv";

    /// <summary>The cost columns, after the leading ones of each file.</summary>
    public static IReadOnlyList<string> CostColumns { get; } =
    [
        "requests_per_month", "fee_usd_per_1000", "payment_rails_usd_per_1000", "settlement_usd_per_1000", "swap_fee_usd_per_1000",
        "mev_tax_usd_per_1000", "slippage_usd_per_1000", "swap_gas_usd_per_1000", "total_usd_per_1000", "direct_usd_per_1000",
        "premium_usd_per_1000", "premium_fraction", "rails_borne_by_others_usd_per_1000", "unsubsidized_usd_per_1000",
        "unsubsidized_premium_fraction", "opg_purchase_usd_per_month", "pool_usd_reserve",
    ];

    /// <summary>Writes both files into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(BuilderResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string variants = Path.Combine(directory, VariantsFileName);
        string volume = Path.Combine(directory, VolumeFileName);
        AtomicFile.WriteAllText(variants, VariantsCsv(result));
        AtomicFile.WriteAllText(volume, VolumeCsv(result));
        return [variants, volume];
    }

    /// <summary><c>builder.csv</c>: market, month, group, name, label, then <see cref="CostColumns"/>.</summary>
    public static string VariantsCsv(BuilderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] header = ["market", "month", "group", "name", "label", .. CostColumns];
        return CsvFormat.Table(header, result.Variants.Select(v => (IReadOnlyList<string>)
            [CsvFormat.Text(result.Market), Int(result.Month), v.Group, v.Name, CsvFormat.Text(v.Label), .. Cells(v.Cost)]));
    }

    /// <summary><c>builder_volume.csv</c>: market, month, then <see cref="CostColumns"/>, one row per volume.</summary>
    public static string VolumeCsv(BuilderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] header = ["market", "month", .. CostColumns];
        return CsvFormat.Table(header, result.ByVolume.Select(c => (IReadOnlyList<string>)[CsvFormat.Text(result.Market), Int(result.Month), .. Cells(c)]));
    }

    /// <summary>The variants as a frame (index: variant label; columns in USD per 1,000 calls, premium as a fraction), for notebooks.</summary>
    public static Frame<string, string> VariantsFrame(BuilderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] index = [.. result.Variants.Select(v => v.Label)];
        var columns = new List<KeyValuePair<string, Series<string, double>>>();
        void Add(string name, Func<BuilderCost, double> value) =>
            columns.Add(new(name, new Series<string, double>(index, [.. result.Variants.Select(v => value(v.Cost))])));
        Add("you_pay_usd_per_1000", c => BuilderCost.Per1000(c.Total));
        Add("direct_usd_per_1000", c => BuilderCost.Per1000(c.Direct));
        Add("premium_fraction", c => c.PremiumFraction);
        Add("rails_borne_by_others_usd_per_1000", c => BuilderCost.Per1000(c.RailsBorneByOthers));
        Add("unsubsidized_usd_per_1000", c => BuilderCost.Per1000(c.Unsubsidized));
        return Frame.FromColumns(columns);
    }

    private static string[] Cells(BuilderCost c) =>
    [
        CsvFormat.Number(c.RequestsPerMonth), K(c.Fee), K(c.PaymentRails), K(c.Settlement), K(c.SwapFee), K(c.MevTax), K(c.Slippage),
        K(c.SwapGas), K(c.Total), K(c.Direct), K(c.Premium), CsvFormat.Number(c.PremiumFraction), K(c.RailsBorneByOthers),
        K(c.Unsubsidized), CsvFormat.Number(c.UnsubsidizedPremiumFraction), CsvFormat.Number(c.PurchaseUsd), CsvFormat.Number(c.PoolReserveUsd),
    ];

    private static string K(double perCall) => CsvFormat.Number(BuilderCost.Per1000(perCall));

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

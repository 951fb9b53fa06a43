using System.Globalization;
using Economics.Analysis.Builder;
using Economics.Charts.Theme;
using Plotly.NET;
using C = Plotly.NET.CSharp;

namespace Economics.Charts.Analysis;

/// <summary>
/// A builder's cost of 1,000 verified calls (<see cref="BuilderResult"/>): against its monthly volume (a log volume axis), and by
/// settlement tier and x402 payment scheme (stacked bars: what the builder pays, part by part, and the rails the
/// protocol and operators bear for it), with the provider's direct price as the reference.
/// </summary>
public static class BuilderCharts
{
    /// <summary>USD per 1,000 calls on the axes and in hover text: three significant digits, no SI suffix ("$0.0035"
    /// would read "$3.5m").</summary>
    private const string UsdFormat = "$,.3~r";

    /// <summary>Opacity of the "borne for you" segment: it is not in the builder's price.</summary>
    private const double BorneOpacity = 0.35;

    /// <summary>Both charts, named for export: <c>builder-volume</c> and <c>builder-variants</c>.</summary>
    public static IReadOnlyList<NamedChart> All(BuilderResult result, ChartTheme? theme = null) =>
    [
        new("builder-volume", "Builder: cost of 1,000 verified calls by monthly volume", Volume(result, theme)),
        new("builder-variants", "Builder: cost of 1,000 verified calls by settlement tier and payment scheme", Variants(result, theme)),
    ];

    /// <summary>USD per 1,000 calls against calls per month (log): verified as priced, verified with every rail charged
    /// to the builder, and the provider direct; the builder's own volume marked. The cost axis is linear from $0, or
    /// logarithmic when the costs drawn span more than <see cref="LogAxis.Span"/>× (rails far above a cheap model's fee), as
    /// a fan chart's.</summary>
    public static GenericChart Volume(BuilderResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = result.ByVolume.Select(c => c.RequestsPerMonth).ToArray();
        var cheapest = result.ByVolume.MinBy(c => c.Total)!;
        var f = new FigureBuilder(t).Title(
            $"What do 1,000 verified {result.Market} calls cost a builder, by monthly volume?",
            Headline(result) + Invariant($" Cheapest at {Units.Count(cheapest.RequestsPerMonth)} calls a month ({Units.Usd(BuilderCost.Per1000(cheapest.Total))}): ")
            + "below it the swap's gas is spread over few calls, above it the builder's own OPG purchase moves the pool.");
        var drawn = new List<double[]> { Per1000(result.ByVolume, c => c.Total) };
        f.Add(Traces.Line(x, drawn[0], "Verified, as priced (you pay)", t.FeesColor, UsdFormat));
        if (result.ByVolume.Any(c => c.RailsBorneByOthers > 0))
        {
            drawn.Add(Per1000(result.ByVolume, c => c.Unsubsidized));
            f.Add(Traces.Line(x, drawn[^1], "Verified, every rail charged to you", t.SubsidyColor, UsdFormat, StyleParam.DrawingStyle.Dash));
        }

        drawn.Add(Per1000(result.ByVolume, c => c.Direct));
        f.Add(Traces.Line(x, drawn[^1], "Provider direct (list price)", t.CostsColor, UsdFormat, StyleParam.DrawingStyle.Dot));
        bool logCost = LogAxis.SpansMoreThan(drawn.SelectMany(v => v).ToArray());
        // Ticks at powers of ten only: plotly's 2 and 5 between them collided with the long labels of the decades.
        return f.ValueAxis("xaxis", "Builder's calls per month (log scale)", Units.CountSi, log: true, tickStep: 1)
            .ValueAxis("yaxis", logCost ? "USD per 1,000 calls (log scale)" : "USD per 1,000 calls", UsdFormat, log: logCost, rangeModeToZero: !logCost)
            .VerticalMarkerOnLogAxis(result.Cost.RequestsPerMonth, Invariant($"Your volume: {Units.Count(result.Cost.RequestsPerMonth)}/month"), t.EventColor)
            .Set("hovermode", "x unified")
            .Build();
    }

    /// <summary>Stacked horizontal bars of USD per 1,000 calls, one per variant: fee, payment rails, settlement, OPG
    /// acquisition and MEV tax that the builder pays, then (faded) the rails borne for it; a line at the direct price.</summary>
    public static GenericChart Variants(BuilderResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var variants = result.Variants;
        var names = variants.Select(v => v.Label).ToArray();
        var f = new FigureBuilder(t).Title(
            "What would 1,000 verified calls cost a builder under each settlement tier and payment scheme?",
            Headline(result) + " " + VariantAnswer(result));
        void Segment(string name, string color, Func<BuilderCost, double> part, double opacity = 1.0)
        {
            var values = variants.Select(v => BuilderCost.Per1000(part(v.Cost))).ToArray();
            if (values.All(v => v == 0))
            {
                return;
            }

            var bar = C.Chart.Bar<double, string, string>(values, Keys: names, Name: name, MarkerColor: Color.fromHex(color));
            f.Add(Traces.With(bar, ("opacity", opacity < 1 ? opacity : null),
                ("hovertemplate", $"%{{y}}: %{{x:{UsdFormat}}}<extra>{Traces.Escape(name)}</extra>")));
        }

        Segment("Fee", t.OperatorNetFeeColor, c => c.Fee);
        Segment("x402 payment rails you pay", t.PaymentGasColor, c => c.PaymentRails);
        Segment("Settlement you pay", t.SettlementGasColor, c => c.Settlement);
        Segment("Buying OPG (swap fee, slippage, gas)", t.ConversionColor, c => c.Acquisition);
        Segment("MEV tax", t.MevTaxColor, c => c.MevTax);
        Segment("Rails borne for you (protocol, operators)", t.SubsidyColor, c => c.RailsBorneByOthers, BorneOpacity);
        double direct = BuilderCost.Per1000(result.Cost.Direct);
        return f.ValueAxis("xaxis", "USD per 1,000 calls", UsdFormat, rangeModeToZero: true)
            .CategoryAxis("yaxis", null, reversed: true)
            .VerticalMarker(direct, $"Provider direct: {Units.Usd(direct)}", t.CostsColor)
            .Set("barmode", "stack")
            .Set("hovermode", "closest")
            .Build();
    }

    /// <summary>The answer in words: the builder's cost, the direct price, the premium and the rails borne for it.</summary>
    public static string Headline(BuilderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Cost;
        string premium = double.IsNaN(c.PremiumFraction) ? Units.Usd(BuilderCost.Per1000(c.Premium)) : Invariant($"{Units.Usd(BuilderCost.Per1000(c.Premium))}, {Units.Premium(c.PremiumFraction)}");
        string borne = c.RailsBorneByOthers > 0
            ? Invariant($"; the protocol and operators bear another {Units.Usd(BuilderCost.Per1000(c.RailsBorneByOthers))} of rails for you ({Units.Premium(c.UnsubsidizedPremiumFraction)} if charged to you)")
            : string.Empty;
        return Invariant($"{result.Date:yyyy-MM}, {Units.Count(c.RequestsPerMonth)} calls a month: {Units.Usd(BuilderCost.Per1000(c.Total))} per 1,000 verified vs {Units.Usd(BuilderCost.Per1000(c.Direct))} direct (premium {premium}){borne}.");
    }

    private static string VariantAnswer(BuilderResult result)
    {
        var others = result.Variants.Skip(1).ToList();
        var low = others.MinBy(v => v.Cost.Unsubsidized)!;
        var high = others.MaxBy(v => v.Cost.Unsubsidized)!;
        return Invariant($"Counting every rail, {low.Label} is cheapest ({Units.Usd(BuilderCost.Per1000(low.Cost.Unsubsidized))}) and {high.Label} dearest ({Units.Usd(BuilderCost.Per1000(high.Cost.Unsubsidized))}).");
    }

    private static double[] Per1000(IReadOnlyList<BuilderCost> costs, Func<BuilderCost, double> value) =>
        [.. costs.Select(c => BuilderCost.Per1000(value(c)))];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

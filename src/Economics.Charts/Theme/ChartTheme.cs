namespace Economics.Charts.Theme;

/// <summary>
/// The look shared by every chart: fonts, the layout template (background, grid, margins, legend) and one colour
/// per revenue line, cohort, provider and price component, so a colour means the same thing on every chart.
/// Immutable; <see cref="Default"/> is colour-blind safe (Okabe–Ito palette).
/// </summary>
public sealed record ChartTheme
{
    /// <summary>The default theme.</summary>
    public static ChartTheme Default { get; } = new();

    /// <summary>CSS font family of all text.</summary>
    public string FontFamily { get; init; } = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

    /// <summary>Font size of axis labels, ticks and legend. Unit: px.</summary>
    public int FontSize { get; init; } = 13;

    /// <summary>Font size of the chart title (the question). Unit: px.</summary>
    public int TitleFontSize { get; init; } = 18;

    /// <summary>Font size of the subtitle (the answer, under the title). Unit: px.</summary>
    public int SubtitleFontSize { get; init; } = 13;

    /// <summary>Colour of text.</summary>
    public string TextColor { get; init; } = "#222222";

    /// <summary>Colour of secondary text (subtitles, annotations).</summary>
    public string MutedTextColor { get; init; } = "#555555";

    /// <summary>Page and plot background.</summary>
    public string BackgroundColor { get; init; } = "#ffffff";

    /// <summary>Grid lines.</summary>
    public string GridColor { get; init; } = "#e6e6e6";

    /// <summary>Axis lines.</summary>
    public string AxisLineColor { get; init; } = "#888888";

    /// <summary>Default export width. Unit: px.</summary>
    public int Width { get; init; } = 1000;

    /// <summary>Default export and report height. Unit: px.</summary>
    public int Height { get; init; } = 550;

    /// <summary>Operator fee revenue.</summary>
    public string FeesColor { get; init; } = "#0072B2";

    /// <summary>Operator subsidy revenue (the subsidy).</summary>
    public string SubsidyColor { get; init; } = "#E69F00";

    /// <summary>Operator MEV revenue.</summary>
    public string MevColor { get; init; } = "#CC79A7";

    /// <summary>Operator costs.</summary>
    public string CostsColor { get; init; } = "#222222";

    /// <summary>Served demand.</summary>
    public string ServedColor { get; init; } = "#117733";

    /// <summary>Demand not served for lack of capacity.</summary>
    public string UnservedColor { get; init; } = "#CC3311";

    /// <summary>Demand lost to the centralized alternative.</summary>
    public string LostColor { get; init; } = "#BBBBBB";

    /// <summary>The centralized API's price and other outside references.</summary>
    public string ReferenceColor { get; init; } = "#999999";

    /// <summary>Markers of events: the end of the subsidy, outage windows.</summary>
    public string EventColor { get; init; } = "#b2182b";

    /// <summary>Token price.</summary>
    public string PriceColor { get; init; } = "#0072B2";

    /// <summary>Circulating supply.</summary>
    public string SupplyColor { get; init; } = "#009E73";

    /// <summary>Cohorts, by their index in the scenario (cycled when there are more cohorts).</summary>
    public IReadOnlyList<string> CohortColors { get; init; } = ["#0072B2", "#56B4E9", "#CC79A7", "#E69F00", "#009E73", "#D55E00", "#F0E442"];

    /// <summary>Compared scenarios, by their order on the command line: the Okabe–Ito colours in an order that keeps
    /// neighbours apart (blue, orange, green, pink, …; cycled when there are more scenarios).</summary>
    public IReadOnlyList<string> ScenarioColors { get; init; } = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442"];

    /// <summary>Providers by name; others take <see cref="CohortColors"/> by their order of first appearance.</summary>
    public IReadOnlyDictionary<string, string> ProviderColors { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["aws"] = "#FF9900", ["gpu_cloud"] = "#56B4E9", ["baremetal"] = "#009E73" };

    /// <summary>A projection drawn beside observed histories (OpenGradient on the peer charts): near black, drawn dashed
    /// and wider than the observed lines.</summary>
    public string ProjectionColor { get; init; } = "#222222";

    /// <summary>Peer networks by id (data/reference/peers/), so a network keeps its colour on every chart and when the
    /// others are filtered out; others take <see cref="ScenarioColors"/> by their order.</summary>
    public IReadOnlyDictionary<string, string> PeerColors { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["livepeer"] = "#0072B2", ["pocket"] = "#E69F00", ["helium"] = "#009E73", ["thegraph"] = "#CC79A7",
        ["ionet"] = "#D55E00", ["render"] = "#56B4E9", ["bittensor"] = "#999999", ["filecoin"] = "#F0E442",
    };

    /// <summary>Protocol take per inference.</summary>
    public string ProtocolTakeColor { get; init; } = "#7f7f7f";

    /// <summary>Operator net fee per inference.</summary>
    public string OperatorNetFeeColor { get; init; } = "#0072B2";

    /// <summary>x402 payment gas per inference.</summary>
    public string PaymentGasColor { get; init; } = "#56B4E9";

    /// <summary>x402 facilitator fee per inference.</summary>
    public string FacilitatorColor { get; init; } = "#009E73";

    /// <summary>Permit2 approval gas per inference.</summary>
    public string Permit2Color { get; init; } = "#F0E442";

    /// <summary>Settlement gas per inference.</summary>
    public string SettlementGasColor { get; init; } = "#D55E00";

    /// <summary>Conversion (swap fee on the fee's OPG) per inference.</summary>
    public string ConversionColor { get; init; } = "#999999";

    /// <summary>MEV tax per inference.</summary>
    public string MevTaxColor { get; init; } = "#CC79A7";

    /// <summary>Colour of cohort number <paramref name="index"/> (0-based).</summary>
    public string CohortColor(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return CohortColors[index % CohortColors.Count];
    }

    /// <summary>Colour of compared scenario number <paramref name="index"/> (0-based).</summary>
    public string ScenarioColor(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return ScenarioColors[index % ScenarioColors.Count];
    }

    /// <summary>Colour of peer network <paramref name="network"/>; <paramref name="fallbackIndex"/> picks from
    /// <see cref="ScenarioColors"/> for a network without its own colour.</summary>
    public string PeerColor(string network, int fallbackIndex) =>
        PeerColors.TryGetValue(network, out string? color) ? color : ScenarioColor(fallbackIndex);

    /// <summary>Colour of <paramref name="provider"/>; <paramref name="fallbackIndex"/> picks from
    /// <see cref="CohortColors"/> for providers without their own colour.</summary>
    public string ProviderColor(string provider, int fallbackIndex) =>
        ProviderColors.TryGetValue(provider, out string? color) ? color : CohortColor(fallbackIndex);
}

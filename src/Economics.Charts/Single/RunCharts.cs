using Economics.Charts.Report;
using Economics.Charts.Theme;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;
using Plotly.NET;

namespace Economics.Charts.Single;

/// <summary>
/// The charts of one deterministic run: one builder per question of docs/DESIGN.md, each a pure function of a
/// <see cref="SimulationResult"/> returning a Plotly.NET <see cref="GenericChart"/>. Titles ask the question, the
/// subtitle answers it in words, axes carry units, the x axis is calendar months from the scenario's
/// <c>startMonth</c>, and the end of the subsidy is marked where it matters.
/// </summary>
public static class RunCharts
{
    private const string RevenueStack = "revenue";
    private const string UsdPerMonth = "USD per month";
    private const string UsdPerInference = "USD per inference";
    private const string InferencesPerMonth = "Inferences per month";

    /// <summary>A month marker's label ("Viability cliff (Mar 2031)", ≈ 25 characters of 12 px text, ≈ 170 px) as a share
    /// of the plot's width at the default 1,000 px (≈ 860 px): markers closer than this share of the horizon have labels
    /// that overlap.</summary>
    private const double MarkerLabelShareOfAxis = 0.2;

    /// <summary>Every single-run chart, in the order of the questions.</summary>
    public static IReadOnlyList<NamedChart> All(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        return
        [
            new("revenue-vs-costs", "Operator revenue by source vs costs", RevenueVsCosts(result, t)),
            new("subsidy-dependence", "Subsidy dependence", SubsidyDependence(result, t)),
            new("nodes-and-demand", "Nodes by cohort and demand served", NodesAndDemand(result, t)),
            new("fee-vs-breakeven", "Fee vs break-even fee vs the direct API price", FeeVsBreakEven(result, t)),
            new("user-price-decomposition", "The user's all-in price per inference over time", UserPriceDecomposition(result, t)),
            new("user-price-month", "The user's all-in price in one month", UserPriceInMonth(result, result.Summary.ReferenceMonth, t)),
            new("onchain-state", "Permanent on-chain state and its carrying cost", OnchainState(result, t)),
            new("aws-capacity", "AWS capacity share and outages", AwsCapacity(result, t)),
            new("token-supply-price", "Emissions, circulating supply and price", TokenSupplyAndPrice(result, t)),
        ];
    }

    /// <summary>Question 1: operator revenue stacked by source (fees, subsidy, MEV) against operator costs, with
    /// the month the subsidy ends marked. Unit: USD/month.</summary>
    public static GenericChart RevenueVsCosts(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
        var f = new FigureBuilder(t)
            .Title("Do fees cover operator costs once the subsidy ends?", RunAnswers.Subsidy(result))
            .Add(Traces.StackedArea(x, result.RevenueFees, "Fees (net of protocol take)", t.FeesColor, Units.UsdSi, RevenueStack));
        if (result.RevenueSubsidy.Any(v => v != 0))
        {
            f.Add(Traces.StackedArea(x, result.RevenueSubsidy, "Subsidy (pool payouts)", t.SubsidyColor, Units.UsdSi, RevenueStack));
        }

        if (result.RevenueMev.Any(v => v != 0))
        {
            f.Add(Traces.StackedArea(x, result.RevenueMev, "MEV", t.MevColor, Units.UsdSi, RevenueStack));
        }

        f.Add(Traces.Line(x, result.OperatorCosts, "Operator costs", t.CostsColor, Units.UsdSi, StyleParam.DrawingStyle.Solid, 2.5))
            .DateAxis()
            .ValueAxis("yaxis", UsdPerMonth, Units.UsdSi, rangeModeToZero: true);
        MarkSubsidyEnd(f, result);
        return f.Build();
    }

    /// <summary>Question 1: subsidy dependence (subsidy revenue / all operator revenue) for all operators and per
    /// cohort. Unit: fraction, shown as %.</summary>
    public static GenericChart SubsidyDependence(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
        var f = new FigureBuilder(t)
            .Title("What share of operators' income is subsidy (the pools and the rails the protocol bears), month by month?", RunAnswers.Subsidy(result))
            .Add(Traces.Line(x, result.SubsidyDependence, "All operators", t.SubsidyColor, Units.Percent, width: 3.5));
        if (result.Cohorts.Count > 1)
        {
            var byCohort = result.Cohorts.Select(cohort => cohort.SubsidyDependence.ToArray()).ToArray();

            // Cohort lines only where they tell something: when some cohort departs from the total.
            bool differ = byCohort.Any(d => d.Where((v, m) => Math.Abs(v - result.SubsidyDependence[m]) > CohortLineThreshold).Any());
            for (int c = 0; c < byCohort.Length && differ; c++)
            {
                f.Add(Traces.Line(x, byCohort[c], result.Cohorts[c].Name, t.CohortColor(c), Units.Percent, StyleParam.DrawingStyle.Dot, 1.8));
            }
        }

        f.DateAxis().ValueAxis("yaxis", "Subsidy / operator revenue (%)", Units.Percent, range: [0, 1.05]);
        MarkSubsidyEnd(f, result);
        return f.Build();
    }

    /// <summary>Question 2: nodes by cohort (top) and demand served, unserved and lost to the direct
    /// alternative (bottom). Units: nodes; inferences/month.</summary>
    public static GenericChart NodesAndDemand(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
        var f = new FigureBuilder(t).Title("How many operators stay in business, and is demand still served?", RunAnswers.Survival(result));
        for (int c = 0; c < result.Cohorts.Count; c++)
        {
            // Inference nodes stack (they share the demand); validators are a line of their own.
            var cohort = result.Cohorts[c];
            f.Add(cohort.Kind == CohortKind.Validator
                ? Traces.Line(x, cohort.Nodes, $"Validators: {cohort.Name}", t.CohortColor(c), ",.1f", StyleParam.DrawingStyle.Dash, 2.5)
                : Traces.StackedArea(x, cohort.Nodes, $"Nodes: {cohort.Name}", t.CohortColor(c), ",.1f", "nodes"));
        }

        f.Add(Traces.StackedArea(x, result.Served, "Served", t.ServedColor, Units.CountSi, "demand", yAxis: "y2"))
            .Add(Traces.StackedArea(x, result.Unserved, "Unserved (no capacity)", t.UnservedColor, Units.CountSi, "demand", yAxis: "y2"))
            .Add(Traces.StackedArea(x, result.RejectedByCap, "Rejected by the per-request OPG cap", t.MevColor, Units.CountSi, "demand", yAxis: "y2"))
            .Add(Traces.StackedArea(x, result.LostDemand, "Lost to the direct API", t.LostColor, Units.CountSi, "demand", yAxis: "y2"))
            .DateAxis(anchor: "y2")
            .ValueAxis("yaxis", "Nodes", ",.0f", domain: [0.56, 1], anchor: "x", rangeModeToZero: true)
            .ValueAxis("yaxis2", InferencesPerMonth, Units.CountSi, domain: [0, 0.44], anchor: "x", rangeModeToZero: true);
        if (result.Summary.ViabilityCliffMonth is { } cliff)
        {
            // One row up when the subsidy's end is so close that the two labels would run into each other
            bool near = result.Summary.SubsidyEndMonth is { } end && Math.Abs(end - cliff) < MarkerLabelShareOfAxis * result.Months;
            f.VerticalMarker(result.Date[cliff], $"Viability cliff ({Units.MonthName(result.Date[cliff])})", t.UnservedColor, row: near ? 1 : 0);
        }

        MarkSubsidyEnd(f, result);
        return f.Build();
    }

    /// <summary>Question 3: the fee against the fee at which operators break even without subsidy (and without
    /// MEV when there is any), the user's all-in price and the direct API's price (the outside option). Log axis. Unit: USD/inference.</summary>
    public static GenericChart FeeVsBreakEven(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
                var f = new FigureBuilder(t)
            .Title("What fee makes operators break even without subsidy?", RunAnswers.BreakEven(result))
            .Add(Traces.Line(x, result.FeeUsd, "Fee", t.FeesColor, Units.UsdSmall, width: 3))
            .Add(Traces.Line(x, result.BreakEvenFeeWithoutSubsidy, "Break-even fee without subsidy", t.SubsidyColor, Units.UsdSmall,
                StyleParam.DrawingStyle.Dash, 3));
        if (result.RevenueMev.Any(v => v != 0))
        {
            f.Add(Traces.Line(x, result.BreakEvenFeeWithoutSubsidyOrMev, "Break-even fee without subsidy or MEV", t.MevColor,
                Units.UsdSmall, StyleParam.DrawingStyle.Dot, 2.5));
        }

        f.Add(Traces.Line(x, result.UserPriceUsd, "User's all-in price", t.CostsColor, Units.UsdSmall, width: 1.8))
            .Add(Traces.Line(x, result.OutsidePriceUsd, "Direct API price (outside option)", t.ReferenceColor,
                Units.UsdSmall, StyleParam.DrawingStyle.Dot, 2))
            .DateAxis();
        bool log = NeedsLogScale(result.FeeUsd.Concat(result.BreakEvenFeeWithoutSubsidy).Concat(result.UserPriceUsd)
            .Concat(result.OutsidePriceUsd));
        f.ValueAxis("yaxis", log ? "USD per inference (log scale)" : UsdPerInference, log ? "$.2~g" : Units.UsdSmall, log: log,
            rangeModeToZero: !log);
        MarkSubsidyEnd(f, result);
        return f.Build();
    }

    /// <summary>Question 4: the user's all-in price per inference decomposed into protocol take, operator net fee,
    /// user-paid x402 payment gas, facilitator fee, Permit2 approvals, user-paid settlement gas and MEV tax, stacked
    /// over time. The components sum to the user price (the engine's identity). Unit: USD/inference.</summary>
    public static GenericChart UserPriceDecomposition(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
        var f = new FigureBuilder(t).Title("What does the user pay per inference, and where does it go?", RunAnswers.UserPrice(result));
        foreach (var component in PriceComponents.Of(result, t).Where(c => c.Values.Any(v => v != 0)))
        {
            f.Add(Traces.StackedArea(x, component.Values, component.Name, component.Color, Units.UsdSmall, "price"));
        }

        f.Add(Traces.Line(x, result.OutsidePriceUsd,
                "Direct API price (outside option)", t.ReferenceColor, Units.UsdSmall, StyleParam.DrawingStyle.Dot, 2))
            .DateAxis()
            .ValueAxis("yaxis", UsdPerInference, Units.UsdSmall, rangeModeToZero: true);
        MarkSubsidyEnd(f, result);
        return f.Build();
    }

    /// <summary>Question 4: the same decomposition for one month, as horizontal bars labelled in USD and as a share
    /// of the all-in price. Unit: USD/inference.</summary>
    /// <param name="result">The run.</param>
    /// <param name="month">Model month (0 … months − 1); the report uses the month the subsidy ends.</param>
    /// <param name="theme">The theme; null for <see cref="ChartTheme.Default"/>.</param>
    public static GenericChart UserPriceInMonth(SimulationResult result, int month, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(month);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(month, result.Months);
        var t = theme ?? ChartTheme.Default;
        double total = result.UserPriceUsd[month];
        var components = PriceComponents.Of(result, t);
        var names = components.Select(c => c.Name).ToArray();
        var values = components.Select(c => c.Values[month]).ToArray();
        var labels = values.Select(v => total > 0 ? $"{Units.Usd(v)} ({Units.Pct(v / total)})" : Units.Usd(v)).ToArray();
        var bars = Plotly.NET.CSharp.Chart.Bar<double, string, string>(values, Keys: names, Name: "USD per inference",
            MultiText: labels, MarkerColor: Color.fromColors(components.Select(c => Color.fromHex(c.Color))),
            TextPosition: StyleParam.TextPosition.Outside);
        bars = Traces.With(bars, ("hovertemplate", "%{y}: %{x:$.3~r}<extra></extra>"), ("cliponaxis", false));
        string when = Units.MonthName(result.Date[month]);
        double railsAll = result.PaymentGasPerInference[month] + result.FacilitatorPerInference[month] + result.Permit2PerInference[month]
            + result.SettlementGasPerInference[month] + result.WalrusPerInference[month];
        double notUser = railsAll - result.UserPaymentRailsPerInference[month] - result.UserSettlementPerInference[month];
        string others = notUser > 0
            ? $" Gas and fees the user does not pay (operators or the protocol do): {Units.Usd(notUser)} per inference."
            : string.Empty;
        return new FigureBuilder(t)
            .Title($"Where does the user's {Units.Usd(total)} per inference go in {when}?",
                $"All-in price in month {month}; calling the provider directly costs {Units.Usd(result.OutsidePriceUsd[month])}.{others}")
            .Add(bars)
            .ValueAxis("xaxis", UsdPerInference, Units.UsdSmall, range: [0, Math.Max(values.Max(), 1e-12) * 1.35])
            .CategoryAxis("yaxis", "Part of the price", reversed: true)
            .Set("showlegend", false)
            .Set("hovermode", "closest")
            .Build();
    }

    /// <summary>Question 4: OG chain-history bytes written so far, stacked by settlement tier (individual hash events,
    /// INDIVIDUAL_FULL events, BATCH_HASHED events), and the monthly cost to full nodes of keeping them. Units: GB; USD/month.</summary>
    public static GenericChart OnchainState(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
        var s = result.Scenario.Settlement;
        var mix = s.Mix;

        // History keeps each event's record twice (calldata and log); batch events are shared by b(t) requests.
        var tiers = new (string Name, Func<int, double> BytesPerRequest, string Color)[]
        {
            ("Individual hash events (the seed's SETTLE_INDIVIDUAL)", _ => 2 * mix.IndividualHashes * s.Bytes.HashRecord, t.FeesColor),
            ("INDIVIDUAL_FULL events", _ => 2 * mix.IndividualFull * s.Bytes.HashRecord, t.UnservedColor),
            ("BATCH_HASHED events", m => 2 * mix.BatchHashed * s.Bytes.BatchRecord / result.ExpectedBatchSize[m], t.ServedColor),
        };
        var f = new FigureBuilder(t).Title("How much chain history does settlement leave, and what does keeping it cost?",
            RunAnswers.OnchainState(result) + $" Mix: {Units.Pct(mix.BatchHashed)} batch-hashed, {Units.Pct(mix.IndividualFull)} individual-full, " +
            $"{Units.Pct(mix.IndividualHashes)} individual hashes, {Units.Pct(mix.Private)} private.");
        bool any = false;
        foreach (var tier in tiers.Where(tier => tier.BytesPerRequest(0) > 0))
        {
            any = true;
            double cumulative = 0;
            var gb = result.Served.Select((served, m) => (cumulative += served * tier.BytesPerRequest(m)) / BytesPerGb).ToArray();
            f.Add(Traces.StackedArea(x, gb, tier.Name, tier.Color, ",.3~f", "bytes"));
        }

        if (!any)
        {
            f.Add(Traces.Line(x, result.OnchainBytesCumulative.Select(b => b / BytesPerGb), "Chain history", t.ServedColor, ",.3~f"));
        }

        return f
            .Add(Traces.Line(x, result.StateCarryUsd, "History-carry cost (right axis)", t.CostsColor, Units.UsdSi,
                StyleParam.DrawingStyle.Dash, 2.5, yAxis: "y2"))
            .DateAxis()
            .ValueAxis("yaxis", "Cumulative chain history (GB)", ",.3~f", rangeModeToZero: true)
            .ValueAxis("yaxis2", "History-carry cost (USD per month)", Units.UsdSi, overlaying: "y", side: "right", showGrid: false,
                rangeModeToZero: true)
            .Build();
    }

    /// <summary>
    /// Question 6: the share of capacity by provider (top, AWS Nitro Enclaves first) and the share of demand served
    /// (bottom), with provider outages shaded. When the scenario has no AWS outage, the chart answers
    /// "what if AWS failed?" with a what-if: the same scenario re-run with the outage of the shipped
    /// <c>aws-outage</c> scenario (<see cref="WhatIfAwsOutage"/>), whose share of demand served is drawn as a red dashed
    /// line and whose window is shaded and labelled as a what-if. Unit: fraction (both panels).
    /// </summary>
    public static GenericChart AwsCapacity(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
        // Providers with capacity at some point (validators serve none), AWS first.
        var providers = result.Cohorts.Where(c => c.Capacity.Any(k => k > 0)).Select(c => c.Provider).Distinct(StringComparer.Ordinal)
            .OrderBy(p => IsAws(p) ? 0 : 1).ToArray();
        var outages = result.Scenario.Events.OfType<ProviderOutage>().Where(o => IsAws(o.Provider) && o.Month < result.Months).ToList();
        var whatIfOutage = outages.Count == 0 && result.Summary.PeakAwsCapacityShare is > 0 ? WhatIfAwsOutage(result.Scenario) : null;
        var whatIf = whatIfOutage is null ? null : Simulation.Run(result.Scenario with { Events = [.. result.Scenario.Events, whatIfOutage] });
        string question = outages.Count > 0
            ? "What happens to service when AWS fails?"
            : whatIfOutage is not null
                ? $"How much capacity runs in AWS Nitro Enclaves, and what if AWS failed for {whatIfOutage.DurationMonths} months (a what-if, not in this scenario)?"
                : "How much capacity runs in AWS Nitro Enclaves? (This scenario has no AWS outage.)";
        var f = new FigureBuilder(t).Title(question, AwsAnswer(result, outages.FirstOrDefault() ?? whatIfOutage, whatIf));
        for (int p = 0; p < providers.Length; p++)
        {
            string provider = providers[p];
            var capacity = Enumerable.Range(0, result.Months)
                .Select(m => result.Cohorts.Where(c => c.Provider == provider).Sum(c => c.Capacity[m])).ToArray();
            var share = capacity.Select((c, m) => result.Capacity[m] > 0 ? c / result.Capacity[m] : double.NaN).ToArray();
            string color = t.ProviderColor(provider, p);
            string name = IsAws(provider) ? "aws (Nitro Enclaves) share of capacity" : provider + " share of capacity";
            f.Add(Traces.With(Traces.StackedArea(x, share, name, color, Units.Percent, "share"), ("legendgroup", provider)));
        }

        f.Add(Traces.Line(x, ServedShare(result), "Demand served (this scenario)", t.ServedColor, Units.Percent, StyleParam.DrawingStyle.Solid, 3, yAxis: "y2"));
        if (whatIf is not null)
        {
            f.Add(Traces.Line(x, ServedShare(whatIf), "Demand served if AWS failed (what-if)", t.UnservedColor, Units.Percent, StyleParam.DrawingStyle.Dash, 2.5, yAxis: "y2"));
        }

        f.DateAxis(anchor: "y2")
            .ValueAxis("yaxis", "Share of capacity (%)", Units.Percent, domain: [0.56, 1], range: [0, 1], anchor: "x")
            .ValueAxis("yaxis2", "Demand served (%)", Units.Percent, domain: [0, 0.44], range: [0, 1.05], anchor: "x");
        foreach (var outage in result.Scenario.Events.OfType<ProviderOutage>().Where(o => o.Month < result.Months))
        {
            f.Window(result.Date[outage.Month], WindowEnd(result, outage.Month, outage.DurationMonths),
                $"{outage.Provider} outage: {Units.Pct(outage.CapacityLossFraction)} of capacity lost", above: true);
        }

        if (whatIfOutage is not null)
        {
            f.Window(result.Date[whatIfOutage.Month], WindowEnd(result, whatIfOutage.Month, whatIfOutage.DurationMonths),
                $"What-if: AWS loses {Units.Pct(whatIfOutage.CapacityLossFraction)} for {whatIfOutage.DurationMonths} months", t.UnservedColor, above: true);
        }

        return f.Build();
    }

    // The first day after an event of durationMonths from month, clipped to the horizon's end: an outage may last
    // far beyond it (durationMonths up to 2,147,483,647, which DateOnly.AddMonths cannot add).
    private static DateOnly WindowEnd(SimulationResult result, int month, int durationMonths)
    {
        long end = Math.Min((long)month + durationMonths, result.Months);
        return end < result.Months ? result.Date[(int)end] : result.Date[^1].AddMonths(1);
    }

    /// <summary>The AWS outage the <c>aws-capacity</c> chart tries when a scenario has none: the provider outage of the
    /// shipped <c>aws-outage</c> scenario (data/scenarios/aws-outage.json: from month 12, all AWS capacity, 6 months);
    /// null when the scenario's horizon ends before it starts.</summary>
    public static ProviderOutage? WhatIfAwsOutage(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var outage = ShippedAwsOutage.Value;
        return outage.Month < scenario.HorizonMonths ? outage : null;
    }

    private static readonly Lazy<ProviderOutage> ShippedAwsOutage = new(() =>
        ScenarioLoader.Load(ScenarioSource.Shipped(AwsOutageScenario)
            ?? throw new InvalidOperationException($"the shipped scenario '{AwsOutageScenario}' is missing")).Events.OfType<ProviderOutage>().First(o => IsAws(o.Provider)));

    /// <summary>The shipped scenario whose AWS outage is the chart's what-if.</summary>
    public const string AwsOutageScenario = "aws-outage";

    // "During the AWS outage (Apr 2027 – Sep 2027) 0% of demand is served at worst (100% before it)."
    private static string AwsAnswer(SimulationResult result, ProviderOutage? outage, SimulationResult? whatIf)
    {
        string share = RunAnswers.Aws(result);
        if (outage is null)
        {
            return share;
        }

        var run = whatIf ?? result;
        int end = (int)Math.Min(run.Months, (long)outage.Month + outage.DurationMonths);
        double worst = double.NaN;
        int worstMonth = outage.Month;
        for (int m = outage.Month; m < end; m++)
        {
            double servedShare = run.Demand[m] > 0 ? run.Served[m] / run.Demand[m] : double.NaN;
            if (double.IsNaN(worst) || servedShare < worst)
            {
                (worst, worstMonth) = (servedShare, m);
            }
        }

        double before = outage.Month > 0 && run.Demand[outage.Month - 1] > 0 ? run.Served[outage.Month - 1] / run.Demand[outage.Month - 1] : double.NaN;
        string window = $"{Units.MonthName(run.Date[outage.Month])} – {Units.MonthName(run.Date[end - 1])}";
        string served = double.IsNaN(worst)
            ? "there is no demand to serve"
            : $"served falls to {Units.Pct(worst)} of demand at worst ({Units.MonthName(run.Date[worstMonth])}){(double.IsNaN(before) ? string.Empty : $", from {Units.Pct(before)} the month before")}";
        return whatIf is null
            ? $"{share} During the AWS outage ({window}) {served}."
            : $"{share} If AWS lost {Units.Pct(outage.CapacityLossFraction)} of its capacity {window} (what-if), {served}.";
    }

    // Served / demand each month (NaN without demand). Unit: fraction.
    private static double[] ServedShare(SimulationResult run) =>
        Enumerable.Range(0, run.Months).Select(m => run.Demand[m] > 0 ? run.Served[m] / run.Demand[m] : double.NaN).ToArray();

    private static bool IsAws(string provider) => string.Equals(provider, AwsProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Question 1 and 2 context: tokens the pools pay out per month, circulating supply, and the token price, in three
    /// panels. Units: tokens/month; tokens; USD/token.</summary>
    public static GenericChart TokenSupplyAndPrice(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        var x = FigureBuilder.ToDateTimes(result.Date);
        string symbol = result.Scenario.Token.Symbol;

        // The TGE month's unlock dwarfs the monthly payouts (159M against 1–2M in the baseline): a log axis keeps the
        // operators' and validators' payouts visible when they span more than LogScaleRatio.
        // On a log axis the payouts are lines, each at its own value: a stacked band's height is not additive there, so
        // the validators' band (0.9M on top of 1.5M) drew as a sliver at the axis floor.
        bool logPayouts = NeedsLogScale(result.ReleasedTokens.Concat(result.OperatorSubsidyTokens).Concat(result.ValidatorTokens));
        GenericChart Payout(IReadOnlyList<double> tokens, string name, string color) => logPayouts
            ? Traces.Line(x, tokens, name, color, Units.CountSi)
            : Traces.StackedArea(x, tokens, name, color, Units.CountSi, "payouts");
        var f = new FigureBuilder(t)
            .Title($"How fast do the {symbol} pools pay out, how many tokens circulate, and what are they worth?", RunAnswers.Token(result))
            .Add(Payout(result.OperatorSubsidyTokens, "Paid to operators (subsidy)", t.SubsidyColor))
            .Add(Payout(result.ValidatorTokens, "Paid to validators", t.MevColor))
            .Add(Traces.Line(x, result.ReleasedTokens, "Paid out by all pools", t.CostsColor, Units.CountSi, width: 1.5))
            .Add(Traces.Line(x, result.CirculatingSupply, "Circulating supply", t.SupplyColor, Units.CountSi, width: 2.5, yAxis: "y2"))
            .Add(Traces.Line(x, result.TokenPriceUsd, "Token price", t.PriceColor, "$.3~r", width: 2.5, yAxis: "y3"))
            .DateAxis(anchor: "y3")
            .ValueAxis("yaxis", logPayouts ? "Tokens/mo (log)" : "Tokens/mo", logPayouts ? LogCountTicks : Units.CountSi, log: logPayouts, domain: [0.70, 1], anchor: "x",
                rangeModeToZero: !logPayouts, tickStep: logPayouts ? 1 : null)
            .ValueAxis("yaxis2", "Circulating", Units.CountSi, domain: [0.36, 0.64], anchor: "x", rangeModeToZero: true)
            .ValueAxis("yaxis3", "USD/token", "$.2~f", domain: [0, 0.30], anchor: "x", rangeModeToZero: true);
        MarkSubsidyEnd(f, result);
        return f.Build();
    }

    // d3's SI format set on the axis itself: on a log axis Plotly's own labels (exponentformat "B") write every digit,
    // "100,000,000"; this writes "100M" (monthly payouts stay below a billion, where d3 would write "1G").
    private const string LogCountTicks = ".3~s";

    /// <summary>Smallest gap between a cohort's and all operators' subsidy dependence (fraction) for which the
    /// subsidy chart draws per-cohort lines.</summary>
    public const double CohortLineThreshold = 0.05;

    /// <summary>Provider name whose capacity counts as AWS Nitro Enclaves.</summary>
    public const string AwsProvider = "aws";

    private const double BytesPerGb = 1e9;

    /// <summary>Ratio of largest to smallest positive value above which a value axis is logarithmic.</summary>
    public const double LogScaleRatio = 20;

    private static bool NeedsLogScale(IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();
        return positive.Length > 0 && positive.Max() / positive.Min() > LogScaleRatio;
    }

    private static void MarkSubsidyEnd(FigureBuilder f, SimulationResult result)
    {
        if (result.Summary.SubsidyEndMonth is { } end && end > 0 && end < result.Months)
        {
            f.VerticalMarker(result.Date[end], $"Subsidy ends ({Units.MonthName(result.Date[end])})");
        }
    }
}

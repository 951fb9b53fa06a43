using System.Globalization;
using Economics.Model.Engine;
using Economics.Model.Results;
using Economics.Model.Scenarios;
using Economics.Model.Validation;

namespace Economics.Analysis.Builder;

/// <summary>
/// The cost of 1,000 calls verified through OpenGradient for a builder at its own volume in one market, against calling
/// the provider directly (docs/MODEL.md "Builder"). Every per-call number is the engine's (one deterministic run of the
/// scenario): the fee f_m, the user-borne rails and settlement, the swap fee (<see cref="Conversion.Factor"/>), the MEV
/// tax, the outside price O_m, the pool's reserve y(t) and Base's gas price; only what depends on the builder's own
/// volume N is added: the slippage of its monthly OPG purchase V = N·f against the constant-product pool,
/// f·V/(y − V), and the Base gas of that swap, txUsd(swapGas)/N. The builder is taken as small against the network:
/// its calls do not change the run.
/// </summary>
public static class BuilderAnalysis
{
    /// <summary>Gwei per ETH (a unit, not an assumption).</summary>
    public const double GweiPerEth = 1e9;

    /// <summary>Smallest volume of the volume curve. Unit: calls/month.</summary>
    public const double MinCurveVolume = 1_000;

    /// <summary>Largest volume of the volume curve when nothing bounds it (no OPG purchase). Unit: calls/month.</summary>
    public const double MaxCurveVolume = 1e12;

    /// <summary>Points per decade of the volume curve.</summary>
    public const int CurvePointsPerDecade = 10;

    /// <summary>The curve stops where the builder's purchase reaches this share of the pool's reserve (slippage 100%).</summary>
    public const double CurveMaxReserveShare = 0.5;

    /// <summary>The settlement tiers of the variants, in order (machine name, label).</summary>
    public static IReadOnlyList<(string Name, string Label)> Tiers { get; } =
    [
        ("private", "Settlement: PRIVATE"),
        ("batchHashed", "Settlement: BATCH_HASHED"),
        ("individualHashes", "Settlement: per-inference hashes"),
        ("individualFull", "Settlement: INDIVIDUAL_FULL"),
    ];

    /// <summary>The payment schemes of the variants, in order.</summary>
    public static IReadOnlyList<PaymentScheme> Schemes { get; } = [PaymentScheme.Exact, PaymentScheme.Upto, PaymentScheme.BatchSettlement];

    /// <summary>Runs the analysis.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="options">Market, volume, month.</param>
    /// <exception cref="BuilderInputException">An unknown market (the message lists the scenario's markets), a volume ≤ 0 or
    /// not finite, a month outside the horizon, or a volume whose OPG purchase is more than the pool holds; a
    /// <see cref="BuilderInputException"/> whose Field is one of <see cref="MarketField"/>, <see cref="RequestsField"/>,
    /// <see cref="MonthField"/>, <see cref="SwapGasField"/>.</exception>
    public static BuilderResult Run(Scenario scenario, BuilderOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        int market = Check(scenario, options);
        var (result, ws) = Simulate(scenario);
        var cost = Cost(scenario, result, ws, market, options.Month, options.RequestsPerMonth, options.SwapGasUnits);
        var m = result.Markets[market];
        var variants = new List<BuilderVariant> { new("scenario", "scenario", "As the scenario says", cost) };
        foreach (var (name, label) in Tiers)
        {
            var v = WithTier(scenario, name);
            variants.Add(new("tier", name, label, CostIn(v, market, options)));
        }

        foreach (var scheme in Schemes)
        {
            var v = WithScheme(scenario, scheme);
            string name = SchemeName(scheme);
            string label = scheme == PaymentScheme.Exact
                ? "x402 exact (1 settle a call)"
                : string.Create(CultureInfo.InvariantCulture, $"x402 {name} ({v.Payments.RequestsPerSettle:0.##} calls a settle)");
            variants.Add(new("scheme", name, label, CostIn(v, market, options)));
        }

        return new BuilderResult
        {
            Scenario = scenario.Name,
            Market = scenario.Markets[market].Name,
            Month = options.Month,
            Date = result.Date[options.Month],
            PaysInToken = scenario.Fees.PaidIn == FeeCurrency.Token,
            Cost = cost,
            ByVolume = Curve(scenario, result, ws, market, options),
            Variants = variants,
            CapRejectedFraction = Ratio(m.Rejected[options.Month], m.Demand[options.Month], 0.0),
            DirectAllCalls = scenario.Markets[market].OutsideUsdPerRequest,
            ServedFraction = Ratio(m.Served[options.Month], m.Demand[options.Month] - m.Rejected[options.Month], double.NaN),
        };
    }

    /// <summary>The builder's cost per call in market <paramref name="market"/>, month <paramref name="month"/>, at
    /// <paramref name="requestsPerMonth"/> calls a month, from a finished run (<paramref name="ws"/> holds it).</summary>
    public static BuilderCost Cost(Scenario scenario, SimulationResult result, SimulationWorkspace ws, int market, int month, double requestsPerMonth, double swapGasUnits)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ws);
        var m = result.Markets[market];
        bool token = scenario.Fees.PaidIn == FeeCurrency.Token;
        double fee = m.Fee[month];
        double swapFee = (Conversion.Factor(scenario) - 1.0) * fee;
        double mev = scenario.Markets[market].Kind == MarketKind.OnchainMl ? scenario.Mev.ExtractionBps / BasisPoints * fee : 0.0;
        double reserve = result.PoolUsdReserve[month];
        double purchase = token ? requestsPerMonth * fee : 0.0;
        double slippage = 0.0, gas = 0.0;
        if (token)
        {
            if (!(purchase < reserve))
            {
                throw new BuilderInputException(RequestsField, string.Create(CultureInfo.InvariantCulture,
                    $"{requestsPerMonth:N0} calls buy {purchase:N0} USD of OPG in month {month}, at least the pool's whole USD reserve ({reserve:N0} USD); fewer than {Math.Floor(reserve / fee):N0} calls a month can be bought in one swap"));
            }

            slippage = fee * purchase / (reserve - purchase);
            double usdPerGas = (ws.GasPriceGwei[month] + scenario.Payments.Facilitator.PriorityFeeGwei) / GweiPerEth * scenario.Chains.Base.EthUsd;
            gas = ((swapGasUnits * usdPerGas) + ws.L1DataFeeUsd[month]) / requestsPerMonth;
        }

        return new BuilderCost(
            requestsPerMonth,
            fee,
            result.UserPaymentRailsPerInference[month],
            result.UserSettlementPerInference[month],
            swapFee,
            mev,
            slippage,
            gas,
            m.OutsidePrice[month],
            result.ProtocolRailsPerInference[month] + result.OperatorRailsPerInference[month],
            purchase,
            reserve);
    }

    /// <summary>The scenario with every request settled at <paramref name="tier"/> (one of <see cref="Tiers"/>).</summary>
    public static Scenario WithTier(Scenario scenario, string tier)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var mix = new SettlementMix
        {
            Private = tier == "private" ? 1 : 0,
            BatchHashed = tier == "batchHashed" ? 1 : 0,
            IndividualHashes = tier == "individualHashes" ? 1 : 0,
            IndividualFull = tier == "individualFull" ? 1 : 0,
        };
        return Valid(scenario with { Settlement = scenario.Settlement with { Mix = mix } });
    }

    /// <summary>The scenario paying with <paramref name="scheme"/>: <c>exact</c> settles every call; <c>upto</c> and
    /// <c>batchSettlement</c> keep the scenario's requestsPerSettle, or <see cref="BuilderOptions.SessionRequestsPerSettle"/> when it is 1.</summary>
    public static Scenario WithScheme(Scenario scenario, PaymentScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double perSettle = scheme == PaymentScheme.Exact ? 1
            : scenario.Payments.RequestsPerSettle > 1 ? scenario.Payments.RequestsPerSettle : BuilderOptions.SessionRequestsPerSettle;
        return Valid(scenario with { Payments = scenario.Payments with { Scheme = scheme, RequestsPerSettle = perSettle } });
    }

    /// <summary>The JSON name of a scheme (<c>exact</c>, <c>upto</c>, <c>batchSettlement</c>).</summary>
    public static string SchemeName(PaymentScheme scheme) => scheme switch
    {
        PaymentScheme.Exact => "exact",
        PaymentScheme.Upto => "upto",
        _ => "batchSettlement",
    };

    /// <summary><see cref="BuilderInputException.Field"/> of a bad <see cref="BuilderOptions.Market"/>.</summary>
    public const string MarketField = "market";

    /// <summary><see cref="BuilderInputException.Field"/> of a bad <see cref="BuilderOptions.RequestsPerMonth"/> (also a
    /// volume whose OPG purchase is more than the pool holds).</summary>
    public const string RequestsField = "requestsPerMonth";

    /// <summary><see cref="BuilderInputException.Field"/> of a bad <see cref="BuilderOptions.Month"/>.</summary>
    public const string MonthField = "month";

    /// <summary><see cref="BuilderInputException.Field"/> of a bad <see cref="BuilderOptions.SwapGasUnits"/>.</summary>
    public const string SwapGasField = "swapGasUnits";

    private const double BasisPoints = 1e4;

    private static int Check(Scenario scenario, BuilderOptions options)
    {
        int market = -1;
        for (int k = 0; k < scenario.Markets.Count; k++)
        {
            if (string.Equals(scenario.Markets[k].Name, options.Market, StringComparison.Ordinal))
            {
                market = k;
            }
        }

        if (market < 0)
        {
            throw new BuilderInputException(MarketField, $"unknown market {Model.Validation.QuotedText.Of(options.Market)}; the scenario's markets are: {string.Join(", ", scenario.Markets.Select(m => m.Name))}");
        }

        // At most the model's own bound on amounts (a volume of 1e308 calls made the messages hundreds of digits long).
        if (!(double.IsFinite(options.RequestsPerMonth) && options.RequestsPerMonth > 0 && options.RequestsPerMonth <= Model.Validation.ScenarioValidator.MaxAmount))
        {
            throw new BuilderInputException(RequestsField, string.Create(CultureInfo.InvariantCulture, $"must be a number of calls a month > 0 and at most {Text.HumanFormat.Number(Model.Validation.ScenarioValidator.MaxAmount)}; got {Parameters.ValueText.Show(options.RequestsPerMonth)}"));
        }

        if (options.Month < 0 || options.Month >= scenario.HorizonMonths)
        {
            throw new BuilderInputException(MonthField, string.Create(CultureInfo.InvariantCulture, $"must be a month index between 0 and {scenario.HorizonMonths - 1} (the scenario's horizon); got {options.Month}"));
        }

        if (!(double.IsFinite(options.SwapGasUnits) && options.SwapGasUnits >= 0))
        {
            throw new BuilderInputException(SwapGasField, "must be a number of gas units ≥ 0");
        }

        return market;
    }

    private static (SimulationResult Result, SimulationWorkspace Workspace) Simulate(Scenario scenario)
    {
        var ws = new SimulationWorkspace();
        Simulation.RunInto(scenario, ReadOnlySpan<double>.Empty, ws);
        return (SimulationResult.From(scenario, ws), ws);
    }

    private static BuilderCost CostIn(Scenario scenario, int market, BuilderOptions options)
    {
        var (result, ws) = Simulate(scenario);
        return Cost(scenario, result, ws, market, options.Month, options.RequestsPerMonth, options.SwapGasUnits);
    }

    private static List<BuilderCost> Curve(Scenario scenario, SimulationResult result, SimulationWorkspace ws, int market, BuilderOptions options)
    {
        double fee = result.Markets[market].Fee[options.Month];
        bool token = scenario.Fees.PaidIn == FeeCurrency.Token;
        double max = token && fee > 0 ? Math.Min(MaxCurveVolume, CurveMaxReserveShare * result.PoolUsdReserve[options.Month] / fee) : MaxCurveVolume;
        var volumes = new SortedSet<double>();
        for (int i = 0; ; i++)
        {
            double n = MinCurveVolume * Math.Pow(10, (double)i / CurvePointsPerDecade);
            if (n > max)
            {
                break;
            }

            volumes.Add(n);
        }

        volumes.Add(options.RequestsPerMonth);
        return [.. volumes.Select(n => Cost(scenario, result, ws, market, options.Month, n, options.SwapGasUnits))];
    }

    private static Scenario Valid(Scenario scenario)
    {
        var problems = ScenarioValidator.Validate(scenario);
        return problems.Count == 0
            ? scenario
            : throw new ArgumentException("the variant is not a valid scenario: " + string.Join("; ", problems.Select(p => p.ToString())), nameof(scenario));
    }

    // a / b, or the given value when b ≤ 0 (nothing to take a share of).
    private static double Ratio(double a, double b, double none) => b > 0 ? a / b : none;
}

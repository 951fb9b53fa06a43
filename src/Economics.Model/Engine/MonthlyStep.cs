using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>
/// One month of the model, rule by rule (docs/DESIGN.md "The monthly step"). Holds the state carried between months:
/// pool balances, the GBM price, on-chain bytes, treasury, loss streaks. Owned by a
/// <see cref="SimulationWorkspace"/> and reused across runs: <see cref="Begin"/> resets it and only grows its
/// per-cohort buffers, so a run into a warm workspace allocates nothing.
/// </summary>
internal sealed partial class MonthlyStep
{
    /// <summary>Hours in an average month (8,760 h / 12), to turn hourly GPU prices into monthly costs.</summary>
    internal const double HoursPerMonth = 730.0;

    /// <summary>Bytes per gigabyte (decimal, as storage is priced).</summary>
    internal const double BytesPerGb = 1e9;

    /// <summary>Gwei per ETH.</summary>
    internal const double GweiPerEth = 1e9;

    /// <summary>Basis points per unit.</summary>
    internal const double BasisPoints = 1e4;

    /// <summary>Months per year, to turn annual rates into monthly ones.</summary>
    internal const double MonthsPerYear = 12.0;

    private readonly SimulationWorkspace _ws;
    private Scenario _s = null!;
    private Cohort[] _cohorts = [];
    private int _cohortCount;
    private int[] _providerOf = [];
    private bool[] _isAws = [];
    private bool[] _isValidator = [];
    private bool _hasValidators;
    private double[] _providerCapacity = [];
    private int _providerCount;
    private double[] _usablePerNode = [];
    private double[] _nodeCostBase = [];
    private double[] _capitalPerNodePerUsd = [];
    private double[] _usableBase = [];
    private double[] _variable = [];
    private double[] _subsidyWeight = [];
    private bool _perServedRequest;
    private double _take;
    private double _extraction;
    private double _monthlyDrift;
    private double _monthlyVolatility;
    private bool _gbm;
    private double _gbmPrice;
    private double _fundamental;
    private double _logImpact;
    private double _impactDecay;
    private double _swapFee;
    private bool _tokenFees;
    private double _lastMarketCap;
    private double _reserveUsd;
    private double _circulating;
    private double _treasuryUsd;
    private double _treasuryTokens;

    internal MonthlyStep(SimulationWorkspace workspace)
    {
        _ws = workspace;
    }

    /// <summary>Resets the carried state for a new run of <paramref name="scenario"/> (workspace already sized).</summary>
    internal void Begin(Scenario scenario)
    {
        _s = scenario;
        int n = scenario.Cohorts.Count;
        if (_cohorts.Length < n)
        {
            _cohorts = new Cohort[n];
            _providerOf = new int[n];
            _isAws = new bool[n];
            _isValidator = new bool[n];
            _providerCapacity = new double[n];
            _usablePerNode = new double[n];
            _nodeCostBase = new double[n];
            _capitalPerNodePerUsd = new double[n];
            _usableBase = new double[n];
            _variable = new double[n];
            _subsidyWeight = new double[n];
        }

        BeginPools(scenario);
        _perServedRequest = scenario.Token.SubsidyBasis == SubsidyBasis.PerServedRequest;

        EnsureEntryAndExit(n);
        _cohortCount = n;
        _providerCount = 0;
        _hasValidators = false;
        for (int c = 0; c < n; c++)
        {
            var cohort = scenario.Cohorts[c];
            _cohorts[c] = cohort;
            _isAws[c] = SimulationWorkspace.IsAws(cohort);
            _isValidator[c] = cohort.Kind == CohortKind.Validator;
            _hasValidators |= _isValidator[c];
            _providerOf[c] = ProviderIndex(c);
            _nodeCostBase[c] = cohort.FixedCostPerNodeUsdPerMonth();
            _capitalPerNodePerUsd[c] = cohort.StakeTokens * cohort.CostOfCapitalAnnual / MonthsPerYear;
            _usableBase[c] = _isValidator[c] ? 0.0 : cohort.CapacityInferencesPerMonth * (1.0 - cohort.TeeOverheadFraction);
            _variable[c] = cohort.VariableUsdPerInference;
            _subsidyWeight[c] = cohort.SubsidyWeight;
            _ws.Cohorts[c].Nodes[0] = cohort.InitialNodes;
            BeginEntryAndExit(c, cohort);
        }

        BeginMarkets(scenario);
        _take = scenario.Fees.ProtocolTakeRate;
        _extraction = scenario.Mev.ExtractionBps / BasisPoints;
        BeginRails(scenario);
        _circulating = 0.0;
        _treasuryUsd = 0.0;
        _treasuryTokens = 0.0;
        _gbm = scenario.Token.Price is GbmPrice;
        _logImpact = 0.0;
        _logImpactExp = 1.0;
        _logStepSeen = double.NaN;
        _growthSeen = double.NaN;
        _lastMarketCap = 0.0;
        _reserveUsd = scenario.Token.Liquidity.UsdReserve;
        _impactDecay = Math.Pow(0.5, 1.0 / scenario.Token.Liquidity.ImpactHalfLifeMonths);
        _swapFee = scenario.Token.Liquidity.SwapFeeFraction;
        _tokenFees = scenario.Fees.PaidIn == FeeCurrency.Token;
        if (scenario.Token.Price is GbmPrice gbm)
        {
            _gbmPrice = Math.Max(gbm.InitialUsd, scenario.Token.Liquidity.PriceFloorUsd);
            _fundamental = gbm.InitialUsd;
            _monthlyDrift = gbm.DriftAnnual / MonthsPerYear;
            _monthlyVolatility = gbm.VolatilityAnnual / Math.Sqrt(MonthsPerYear);
        }
        else
        {
            _gbmPrice = 0.0;
            _fundamental = 0.0;
            _monthlyDrift = 0.0;
            _monthlyVolatility = 0.0;
        }

        BeginDemand(scenario);
    }

    // The index of cohort c's provider among the distinct providers of cohorts 0 … c (ordinal names).
    private int ProviderIndex(int c)
    {
        for (int earlier = 0; earlier < c; earlier++)
        {
            if (string.Equals(_cohorts[earlier].Provider, _cohorts[c].Provider, StringComparison.Ordinal))
            {
                return _providerOf[earlier];
            }
        }

        return _providerCount++;
    }

    /// <summary>Month t in DESIGN's rule order (the rules live one per file under <c>Engine/Rules/</c>).</summary>
    public void Run(int t, double z)
    {
        double price = Price(t);
        double operatorTokens = Pools(t, price);
        Demand(t, price);
        double served = CapacityAndRouting(t);
        Rails(t, served);
        Fee(t, price);
        Operators(t, served, price, operatorTokens);
        EntryAndExit(t, price);
        Viability(t);
        double buyback = Treasury(t, served, price);
        AdvancePrice(t, z, price, buyback);
    }
}

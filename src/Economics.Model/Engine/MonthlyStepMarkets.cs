using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>The per-market and per-(cohort, market) state of <see cref="MonthlyStep"/>: policies, list and outside
/// prices, which cohort serves which market, and the month's allocated capacity and served requests.</summary>
internal sealed partial class MonthlyStep
{
    private int _marketCount;
    private FeePolicy[] _policies = [];
    private double[] _list = [];
    private double[] _outside = [];
    private bool[] _hosted = [];
    private bool[] _onchain = [];
    private bool[] _serves = [];
    private double[] _allocated = [];
    private double[] _servedIn = [];
    private double[] _smoothedIncome = [];
    private double[] _allInGuess = [];
    private double[] _acceptingShare = [];
    private double[] _wtpMedian = [];
    private double[] _wtpLogMedian = [];
    private double[] _wtpSpread = [];
    private double[] _friction = [];
    private double[] _adjustment = [];
    private double[] _requestCostSpread = [];
    private bool[] _passThrough = [];
    private double[] _markupFactor = [];
    private double[] _survivalArgument = [];
    private double[] _survival = [];
    private bool _capApplies;
    private double _capOpg;
    private double _protocolFeesUsd;

    private void BeginMarkets(Scenario scenario)
    {
        int markets = scenario.Markets.Count;
        int cohorts = scenario.Cohorts.Count;
        if (_policies.Length < markets)
        {
            _policies = new FeePolicy[markets];
            _list = new double[markets];
            _outside = new double[markets];
            _hosted = new bool[markets];
            _onchain = new bool[markets];
            _allInGuess = new double[markets];
            _acceptingShare = new double[markets];
            _wtpMedian = new double[markets];
            _wtpLogMedian = new double[markets];
            _wtpSpread = new double[markets];
            _friction = new double[markets];
            _adjustment = new double[markets];
            _requestCostSpread = new double[markets];
            _passThrough = new bool[markets];
            _markupFactor = new double[markets];
            _survivalArgument = new double[markets];
            _survival = new double[markets];
        }

        if (_serves.Length < markets * cohorts)
        {
            _serves = new bool[markets * cohorts];
            _allocated = new double[markets * cohorts];
            _servedIn = new double[markets * cohorts];
        }

        if (_smoothedIncome.Length < cohorts)
        {
            _smoothedIncome = new double[cohorts];
        }

        _marketCount = markets;
        for (int m = 0; m < markets; m++)
        {
            var market = scenario.Markets[m];
            _policies[m] = market.FeePolicy ?? scenario.Fees.Policy;
            _list[m] = market.ListUsdPerRequest;
            _outside[m] = market.OutsideUsdPerRequest;
            _hosted[m] = market.Kind == MarketKind.HostedProxy;
            _onchain[m] = market.Kind == MarketKind.OnchainMl;
        }

        for (int c = 0; c < cohorts; c++)
        {
            var names = scenario.Cohorts[c].Markets;
            for (int m = 0; m < markets; m++)
            {
                _serves[(c * markets) + m] = !_isValidator[c] && (names.Count == 0 || Contains(names, scenario.Markets[m].Name));
            }
        }

        _capApplies = scenario.Fees.PaidIn == FeeCurrency.Token && scenario.Fees.MaxOpgPerRequest is not null;
        _capOpg = scenario.Fees.MaxOpgPerRequest ?? 0.0;
        _protocolFeesUsd = 0.0;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

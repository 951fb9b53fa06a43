using System.Globalization;
using Economics.Analysis.MonteCarlo;
using Economics.Model.Engine;
using Economics.Model.Scenarios;
using MathNet.Numerics.Statistics;

namespace Economics.Analysis.Operator;

/// <summary>
/// "Should I run a node?" for a marginal entrant (docs/MODEL.md "Operator"). One deterministic run of the scenario
/// gives the cohort's monthly fee margin, subsidy and MEV; the operator takes a share φ(t) of each, pays its share of
/// the rails and per-request costs the cohort bears, its own infrastructure and its stake's carry. The entrant is taken
/// as small against the network: it does not change the run (with the default φ = 1/(N + 1) its income is rule 8's
/// income per entrant). Payback is the month the cumulative profit reaches the investment S·P(K) + setup; the NPV
/// discounts the month's cash at r/12 and sells the stake at the last month's price. Under Monte Carlo the same P&amp;L is
/// read off every path (<see cref="PathRunner"/>, the streams of <see cref="MonteCarloSimulation"/>).
/// </summary>
public static class OperatorAnalysis
{
    /// <summary>Largest cost of capital accepted (1,000% a year: beyond it the NPV is all first month). Unit: 1/year.</summary>
    public const double MaxCostOfCapitalAnnual = 10;

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.Cohort"/>.</summary>
    public const string CohortField = "cohort";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.ShareOfNodes"/>.</summary>
    public const string ShareOfNodesField = "shareOfNodes";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.ShareOfRequests"/>.</summary>
    public const string ShareOfRequestsField = "shareOfRequests";

    /// <summary><see cref="OperatorInputException.Field"/> when both shares are given.</summary>
    public const string ShareField = "share";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.InfraUsdPerMonth"/>.</summary>
    public const string InfraField = "infraUsdPerMonth";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.SetupUsd"/>.</summary>
    public const string SetupField = "setupUsd";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.StakeTokens"/>.</summary>
    public const string StakeField = "stakeTokens";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.CostOfCapitalAnnual"/>.</summary>
    public const string CostOfCapitalField = "costOfCapital";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.StartMonth"/>.</summary>
    public const string StartMonthField = "startMonth";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.PaybackWithinMonths"/>.</summary>
    public const string PaybackWithinField = "paybackWithin";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.Paths"/>.</summary>
    public const string PathsField = "paths";

    /// <summary><see cref="OperatorInputException.Field"/> of a bad <see cref="OperatorOptions.Threads"/>.</summary>
    public const string ThreadsField = "threads";

    /// <summary>Runs the analysis.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="options">The operator and the Monte Carlo settings.</param>
    /// <param name="progress">Receives the number of Monte Carlo paths done (from worker threads).</param>
    /// <param name="cancellationToken">Stops the Monte Carlo part.</param>
    /// <exception cref="OperatorInputException">A bad option; <see cref="OperatorInputException.Field"/> names it.</exception>
    public static OperatorResult Run(Scenario scenario, OperatorOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = Resolve(scenario, options);
        var result = Simulation.Run(scenario);
        var series = OperatorSeries.Of(result, inputs.CohortIndex);
        var months = Months(inputs, series, result.Date);
        var (investment, payback, terminal, npv) = Answers(inputs, series, months);
        return new OperatorResult
        {
            Scenario = scenario.Name,
            Inputs = inputs,
            StartDate = result.Date[inputs.EntryIndex],
            Months = months,
            InvestmentUsd = investment,
            PaybackMonths = payback,
            TerminalStakeUsd = terminal,
            NpvUsd = npv,
            MonteCarlo = options.Paths > 0 ? MonteCarlo(scenario, inputs, options, progress, cancellationToken) : null,
        };
    }

    /// <summary>The options with every default taken from the scenario, checked.</summary>
    /// <exception cref="OperatorInputException">A bad option.</exception>
    public static OperatorInputs Resolve(Scenario scenario, OperatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        int c = CohortIndex(scenario, options.Cohort);
        var cohort = scenario.Cohorts[c];
        if (options.ShareOfNodes is not null && options.ShareOfRequests is not null)
        {
            throw new OperatorInputException(ShareField, "give the share of nodes or the share of requests, not both");
        }

        var basis = options.ShareOfNodes is not null ? OperatorShareBasis.ShareOfNodes
            : options.ShareOfRequests is not null ? OperatorShareBasis.ShareOfRequests
            : OperatorShareBasis.MarginalNode;
        double share = options.ShareOfNodes ?? options.ShareOfRequests ?? double.NaN;
        if (basis != OperatorShareBasis.MarginalNode && !(share > 0 && share <= 1))
        {
            throw new OperatorInputException(basis == OperatorShareBasis.ShareOfNodes ? ShareOfNodesField : ShareOfRequestsField,
                Invariant($"must be a fraction in (0, 1]; got {Parameters.ValueText.Show(share)}"));
        }

        // The defaults are one node's: a share of the cohort stands for many nodes, so its costs must be stated.
        double perNodeInfra = cohort.FixedCostPerNodeUsdPerMonth();
        if (basis != OperatorShareBasis.MarginalNode && options.InfraUsdPerMonth is null && perNodeInfra > 0)
        {
            throw new OperatorInputException(InfraField, Invariant($"give your whole infrastructure bill with a share of the cohort: the default is one {cohort.Name} node's cost ({Text.HumanFormat.Usd(perNodeInfra)} a month), but {ShareText(basis, share)} earns the income of many nodes"));
        }

        if (basis != OperatorShareBasis.MarginalNode && options.StakeTokens is null && cohort.StakeTokens > 0)
        {
            throw new OperatorInputException(StakeField, Invariant($"give the tokens you stake with a share of the cohort: the default is one {cohort.Name} node's stake ({Text.HumanFormat.Count(cohort.StakeTokens)} tokens), but {ShareText(basis, share)} earns the income of many nodes"));
        }

        double infra = options.InfraUsdPerMonth ?? perNodeInfra;
        NonNegative(InfraField, infra, "USD per month");
        NonNegative(SetupField, options.SetupUsd, "USD");
        double stake = options.StakeTokens ?? cohort.StakeTokens;
        NonNegative(StakeField, stake, "tokens");
        double r = options.CostOfCapitalAnnual ?? cohort.CostOfCapitalAnnual;
        if (!(r >= 0 && r <= MaxCostOfCapitalAnnual))
        {
            throw new OperatorInputException(CostOfCapitalField, Invariant($"must be an annual rate between 0 and {MaxCostOfCapitalAnnual} (0.1 = 10% a year); got {Parameters.ValueText.Show(r)}"));
        }

        if (options.StartMonth < 0 || options.StartMonth >= scenario.HorizonMonths)
        {
            throw new OperatorInputException(StartMonthField, Invariant($"must be a month between 0 and {scenario.HorizonMonths - 1} (0-based like every month in the outputs: 0 is the scenario's first month, {scenario.StartMonth}; the horizon has {scenario.HorizonMonths} months); got {options.StartMonth}"));
        }

        if (options.PaybackWithinMonths < 1)
        {
            throw new OperatorInputException(PaybackWithinField, Invariant($"must be a number of months ≥ 1; got {options.PaybackWithinMonths}"));
        }

        if (options.Paths < 0 || options.Paths > MonteCarloOptions.MaxPaths)
        {
            throw new OperatorInputException(PathsField, Invariant($"must be between 0 (no Monte Carlo) and {MonteCarloOptions.MaxPaths:N0}; got {options.Paths}"));
        }

        if (MonteCarloOptions.ThreadsProblem(options.Threads) is { } threads)
        {
            throw new OperatorInputException(ThreadsField, threads);
        }

        return new OperatorInputs(c, cohort.Name, basis, share, infra, options.SetupUsd, stake, r, options.StartMonth, options.PaybackWithinMonths, cohort.VariableUsdPerInference);
    }

    /// <summary>The months of the P&amp;L, from entry (K − 1) to H − 1.</summary>
    internal static List<OperatorMonth> Months(OperatorInputs inputs, OperatorSeries s, IReadOnlyList<DateOnly>? dates)
    {
        double i = inputs.MonthlyRate;
        double variable = inputs.VariableUsdPerInference;
        var rows = new List<OperatorMonth>(s.Months - inputs.EntryIndex);
        double cumulative = 0.0, discount = 1.0;
        for (int t = inputs.EntryIndex; t < s.Months; t++)
        {
            double phi = Share(inputs, s, t);
            double price = s.TokenPriceUsd[t];
            double fee = phi * (s.CohortFees[t] - s.CohortUpstream[t]);
            double subsidy = phi * s.CohortSubsidy[t];
            double mev = phi * s.CohortMev[t];
            double rails = phi * s.CohortServed[t] * s.OperatorRailsPerInference[t];
            double perRequest = phi * s.CohortServed[t] * variable;
            double carry = inputs.StakeTokens * price * i;
            double profit = fee + subsidy + mev - rails - perRequest - inputs.InfraUsdPerMonth - carry;
            cumulative += profit;
            discount /= 1.0 + i;
            rows.Add(new OperatorMonth(t, dates is null ? default : dates[t], t - inputs.EntryIndex + 1, phi, s.CohortNodes[t], price,
                fee, subsidy, mev, rails, perRequest, inputs.InfraUsdPerMonth, carry, profit, cumulative, profit + carry, discount,
                inputs.Basis == OperatorShareBasis.ShareOfRequests && inputs.Share * s.Served[t] > s.CohortServed[t]));
        }

        return rows;
    }

    /// <summary>Investment, payback, terminal stake value and NPV of a P&amp;L.</summary>
    internal static (double Investment, double? Payback, double Terminal, double Npv) Answers(OperatorInputs inputs, OperatorSeries s, IReadOnlyList<OperatorMonth> months)
    {
        double investment = (inputs.StakeTokens * s.TokenPriceUsd[inputs.EntryIndex]) + inputs.SetupUsd;
        double terminal = inputs.StakeTokens * s.TokenPriceUsd[s.Months - 1];
        double npv = -investment;
        foreach (var m in months)
        {
            npv += m.CashFlowUsd * m.DiscountFactor;
        }

        npv += terminal * months[^1].DiscountFactor;
        return (investment, Payback(investment, months), terminal, npv);
    }

    /// <summary>Months from entry until Σ profit ≥ <paramref name="investment"/>: n − 1 + (I − C(n − 1))/(C(n) − C(n − 1)) for
    /// the first month n with C(n) ≥ I; 0 when I ≤ 0; null when no month reaches it.</summary>
    public static double? Payback(double investment, IReadOnlyList<OperatorMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (investment <= 0)
        {
            return 0.0;
        }

        double before = 0.0;
        for (int n = 0; n < months.Count; n++)
        {
            double after = months[n].CumulativeProfitUsd;
            if (after >= investment)
            {
                return n + ((investment - before) / (after - before));
            }

            before = after;
        }

        return null;
    }

    /// <summary>φ(t) (docs/MODEL.md "Operator").</summary>
    internal static double Share(OperatorInputs inputs, OperatorSeries s, int t) => inputs.Basis switch
    {
        OperatorShareBasis.ShareOfNodes => inputs.Share,
        OperatorShareBasis.ShareOfRequests => s.CohortServed[t] > 0 ? Math.Min(1.0, inputs.Share * s.Served[t] / s.CohortServed[t]) : 0.0,
        _ => 1.0 / (s.CohortNodes[t] + 1.0),
    };

    private static OperatorMonteCarlo MonteCarlo(Scenario scenario, OperatorInputs inputs, OperatorOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var samplers = UncertainInputSampler.ForScenario(scenario);
        bool shocks = scenario.Token.Price is GbmPrice;
        int paths = options.Paths;
        int months = scenario.HorizonMonths;
        var npv = new double[paths];
        var payback = new double[paths];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        // Each path's numbers depend only on (seed, path): results land at the path's index, whatever thread runs it.
        Parallel.For(0, paths, parallel, () => new PathRunner(months), (path, _, runner) =>
        {
            var ws = runner.Run(scenario, samplers, shocks, options.Seed, path);
            var series = OperatorSeries.Of(ws, inputs.CohortIndex);
            var rows = Months(inputs, series, null);
            var (_, p, _, v) = Answers(inputs, series, rows);
            npv[path] = v;
            payback[path] = p ?? double.NaN;
            int count = Interlocked.Increment(ref done);
            if (count % ProgressEvery == 0 || count == paths)
            {
                progress?.Report(count);
            }

            return runner;
        }, _ => { });
        var sorted = (double[])npv.Clone();
        Array.Sort(sorted);
        int within = payback.Count(p => p <= inputs.PaybackWithinMonths);
        return new OperatorMonteCarlo
        {
            Paths = paths,
            Seed = options.Seed,
            PaybackWithinMonths = inputs.PaybackWithinMonths,
            PaybackProbability = (double)within / paths,
            NpvNonNegativeProbability = (double)npv.Count(v => v >= 0) / paths,
            NpvMeanUsd = npv.Average(),
            NpvP5Usd = Quantile(sorted, P5),
            NpvP50Usd = Quantile(sorted, P50),
            NpvP95Usd = Quantile(sorted, P95),
            NpvUsd = sorted,
            PaybackMonths = payback,
        };
    }

    /// <summary>The q-quantile of ascending <paramref name="sorted"/>: linear between order statistics at h = (n − 1)·q
    /// (MathNet's R7 definition, the one the Monte Carlo tests hold the sketches to).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return SortedArrayStatistics.QuantileCustom(sorted as double[] ?? [.. sorted], q, QuantileDefinition.R7);
    }

    private const double P5 = 0.05;
    private const double P50 = 0.5;
    private const double P95 = 0.95;
    private const int ProgressEvery = 64;

    private static int CohortIndex(Scenario scenario, string? name)
    {
        var inference = scenario.Cohorts.Where(c => c.Kind != CohortKind.Validator).Select(c => c.Name).ToList();
        if (name is null)
        {
            for (int k = 0; k < scenario.Cohorts.Count; k++)
            {
                if (scenario.Cohorts[k].Kind != CohortKind.Validator)
                {
                    return k;
                }
            }

            throw new OperatorInputException(CohortField, "the scenario has no inference cohort (only validators), so there is no node to run");
        }

        for (int k = 0; k < scenario.Cohorts.Count; k++)
        {
            if (string.Equals(scenario.Cohorts[k].Name, name, StringComparison.Ordinal))
            {
                return scenario.Cohorts[k].Kind == CohortKind.Validator
                    ? throw new OperatorInputException(CohortField, $"{Model.Validation.QuotedText.Of(name)} is a validator cohort (it serves no requests and earns staking, not fees); the scenario's inference cohorts are: {string.Join(", ", inference)}")
                    : k;
            }
        }

        throw new OperatorInputException(CohortField, $"unknown cohort {Model.Validation.QuotedText.Of(name)}; the scenario's inference cohorts are: {string.Join(", ", inference)}");
    }

    // "a 50% share of the nodes", for the messages that refuse a one-node default.
    private static string ShareText(OperatorShareBasis basis, double share) => basis == OperatorShareBasis.ShareOfNodes
        ? Invariant($"a {Text.HumanFormat.Percent(share)} share of its nodes")
        : Invariant($"a {Text.HumanFormat.Percent(share)} share of the network's requests");

    private static void NonNegative(string field, double value, string unit)
    {
        // The model's own bound on amounts (tokens, USD): beyond it sums overflow and answers are not numbers.
        if (!(double.IsFinite(value) && value >= 0 && value <= Model.Validation.ScenarioValidator.MaxAmount))
        {
            throw new OperatorInputException(field, Invariant($"must be a number of {unit} from 0 to {Text.HumanFormat.Number(Model.Validation.ScenarioValidator.MaxAmount)}; got {Parameters.ValueText.Show(value)}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

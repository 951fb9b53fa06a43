using Economics.Analysis.Operator;
using Economics.Model.Engine;

namespace Economics.Analysis.Tests.Operator;

public sealed class OperatorAnalysisTests
{
    // The hand-computable network (tests/Fixtures/hand-computable.json): one cohort "only" of 2 nodes costing 1,000 USD a
    // node-month (1 GPU × 1 USD/h × 730 h + 270), 1,000,000 requests a month served at a fixed fee of 0.003 USD with a 10%
    // take, no upstream bill, no subsidy, no MEV, rails borne by users, the token constant at 1 USD, 12 months.
    // The cohort's fee margin is 1,000,000 × 0.003 × 0.9 = 2,700 USD a month.
    private const string Uniform = "[{\"path\":\"fees.policy.usdPerInference\",\"distribution\":{\"kind\":\"uniform\",\"lower\":0.002,\"upper\":0.004}}]";

    // Half the cohort's nodes (one of its two), the infrastructure of that one node, a stake of 1,000 tokens at 12% a
    // year and 500 USD of setup.
    private static OperatorOptions Half(int start = 0, int paths = 0, int? threads = null) => new()
    {
        ShareOfNodes = 0.5,
        InfraUsdPerMonth = 1000,
        StakeTokens = 1000,
        CostOfCapitalAnnual = 0.12,
        SetupUsd = 500,
        StartMonth = start,
        Paths = paths,
        Seed = 7,
        Threads = threads,
        PaybackWithinMonths = 6,
    };

    // The annuity factor a(T, i) = (1 − (1 + i)^−T)/i.
    private static double Annuity(int months, double i) => (1 - Math.Pow(1 + i, -months)) / i;

    [Fact]
    public void Constant_profit_pays_back_in_investment_over_monthly_profit()
    {
        // Given φ = 0.5: fee margin 0.5 × 2,700 = 1,350; infrastructure 1,000 (one node's cost: half of two nodes);
        // carry 1,000 tokens × 1 USD × 0.12/12 = 10; so a constant profit of 1,350 − 1,000 − 10 = 340 USD a month,
        // and an investment of 1,000 × 1 + 500 = 1,500 USD
        var r = OperatorAnalysis.Run(TestScenarios.HandComputable(), Half());

        Assert.Equal(12, r.Months.Count);
        Assert.All(r.Months, m => Assert.Equal(340, m.ProfitUsd, 9));
        Assert.All(r.Months, m => Assert.Equal(1350, m.FeeMarginUsd, 9));
        Assert.All(r.Months, m => Assert.Equal(10, m.StakeCarryUsd, 12));
        Assert.Equal(1000, r.Inputs.InfraUsdPerMonth, 12);
        Assert.Equal(1500, r.InvestmentUsd, 9);

        // Then payback = 1,500 / 340 = 4.4118 months (4 full months make 1,360, the 5th month's 340 covers the last 140)
        Assert.Equal(1500.0 / 340.0, r.PaybackMonths!.Value, 9);
        Assert.Equal(new DateOnly(2026, 8, 1), r.PaybackDate);
    }

    [Fact]
    public void Constant_profit_npv_is_the_annuity_of_the_cash_plus_the_stake_sold_at_the_end()
    {
        // Given the same operator: the month's cash is profit + carry = 350 USD for T = 12 months at i = 0.01
        var r = OperatorAnalysis.Run(TestScenarios.HandComputable(), Half());

        // Then NPV = −1,500 + 350·a(12, 0.01) + 1,000·1.01^−12, a(12, 0.01) = 11.255077
        double a = Annuity(12, 0.01);
        double expected = -1500 + (350 * a) + (1000 * Math.Pow(1.01, -12));
        Assert.Equal(expected, r.NpvUsd, 8);

        // And at a constant price the stake's purchase, carry and resale cancel: NPV = −setup + 340·a = 3,326.73
        Assert.Equal(-500 + (340 * a), r.NpvUsd, 8);
        Assert.Equal(3326.73, r.NpvUsd, 2);
        Assert.Equal(1000, r.TerminalStakeUsd, 9);
    }

    [Fact]
    public void A_later_start_shortens_the_horizon_and_may_never_pay_back()
    {
        // Given entry at month 6 (the seventh, 0-based like every month): T = 12 − 6 = 6 months, still paying back after 4.41
        var seven = OperatorAnalysis.Run(TestScenarios.HandComputable(), Half(start: 6));
        Assert.Equal(6, seven.Months.Count);
        Assert.Equal(6, seven.Months[0].Month);
        Assert.Equal(1500.0 / 340.0, seven.PaybackMonths!.Value, 9);
        Assert.Equal(-500 + (340 * Annuity(6, 0.01)), seven.NpvUsd, 8);

        // When entry is at month 9: 3 months make 3 × 340 = 1,020 < 1,500, so it never pays back
        var ten = OperatorAnalysis.Run(TestScenarios.HandComputable(), Half(start: 9));
        Assert.Null(ten.PaybackMonths);
        Assert.Null(ten.PaybackDate);
        Assert.Equal(1020, ten.Months[^1].CumulativeProfitUsd, 9);
    }

    [Fact]
    public void The_default_share_is_one_more_node_and_nothing_to_recover_pays_back_at_once()
    {
        // Given the cohort's 2 nodes: φ = 1/(2 + 1), fee margin 2,700/3 = 900, infrastructure 1,000, no stake, the
        // cohort's cost of capital 0: −100 USD a month, NPV −1,200
        var r = OperatorAnalysis.Run(TestScenarios.HandComputable(), new OperatorOptions());

        Assert.Equal("only", r.Inputs.Cohort);
        Assert.Equal(OperatorShareBasis.MarginalNode, r.Inputs.Basis);
        Assert.All(r.Months, m => Assert.Equal(1.0 / 3.0, m.Share, 15));
        Assert.All(r.Months, m => Assert.Equal(-100, m.ProfitUsd, 9));
        Assert.Equal(-1200, r.NpvUsd, 9);
        Assert.Equal(0.0, r.InvestmentUsd);
        Assert.Equal(0.0, r.PaybackMonths);
    }

    [Fact]
    public void A_share_of_the_networks_requests_in_a_one_cohort_network_is_that_share_of_the_cohort()
    {
        var nodes = OperatorAnalysis.Run(TestScenarios.HandComputable(), Half());
        var requests = OperatorAnalysis.Run(TestScenarios.HandComputable(), Half() with { ShareOfNodes = null, ShareOfRequests = 0.5 });

        Assert.Equal(OperatorShareBasis.ShareOfRequests, requests.Inputs.Basis);
        Assert.Equal(nodes.NpvUsd, requests.NpvUsd, 9);
        Assert.All(requests.Months, m => Assert.Equal(0.5, m.Share, 15));
    }

    [Fact]
    public void A_share_of_requests_larger_than_the_cohort_serves_is_capped_at_the_whole_cohort()
    {
        // Given v1-gpu-world, where the tee_gateway cohort serves only the hosted market and GPU cohorts the open model:
        // 10% of the network's requests is more than the gateways serve in every month
        var scenario = Model.Loading.ScenarioLoader.Load(Model.Loading.ScenarioSource.Shipped("v1-gpu-world")!);
        var r = OperatorAnalysis.Run(scenario, new OperatorOptions { ShareOfRequests = 0.1, InfraUsdPerMonth = 750, StakeTokens = 0 });
        var run = Simulation.Run(scenario);

        Assert.Equal(r.MonthsOperated, r.ShareCappedMonths);
        Assert.All(r.Months, m => Assert.Equal(run.Cohorts[0].Served[m.Month] > 0 ? 1.0 : 0.0, m.Share));
        Assert.Equal(run.Cohorts[0].RevenueSubsidy[0], r.Months[0].SubsidyUsd, 9);

        // And a share of nodes is never capped
        Assert.Equal(0, OperatorAnalysis.Run(scenario, new OperatorOptions { ShareOfNodes = 0.1, InfraUsdPerMonth = 750, StakeTokens = 0 }).ShareCappedMonths);
    }

    [Fact]
    public void The_default_share_earns_rule_8s_income_per_entrant_less_its_own_costs()
    {
        // Given the baseline with the x402 rails and settlement borne by operators (so the rails term is not 0)
        var scenario = TestScenarios.With("payments.costBorneBy=\"operator\"", "settlement.costBorneBy=\"operator\"");
        var run = Simulation.Run(scenario);
        var r = OperatorAnalysis.Run(scenario, new OperatorOptions { StakeTokens = 5000 });
        var c = run.Cohorts[0];

        // Then in every month income − rails − per-request costs = (fees − upstream − served·(variable + opRails) +
        // subsidy + MEV)/(N + 1), rule 8's income per entrant, and profit = that − infrastructure − 5,000·P·0.1/12
        Assert.Contains(r.Months, m => m.RailsUsd > 0);
        foreach (var m in r.Months)
        {
            int t = m.Month;
            double perEntrant = (c.RevenueFees[t] - c.Upstream[t] - (c.Served[t] * (scenario.Cohorts[0].VariableUsdPerInference + run.OperatorRailsPerInference[t]))
                + c.RevenueSubsidy[t] + c.RevenueMev[t]) / (c.Nodes[t] + 1);
            Assert.Equal(perEntrant, m.IncomeUsd - m.RailsUsd - m.VariableCostsUsd, 6);
            Assert.Equal(perEntrant - 750 - (5000 * run.TokenPriceUsd[t] * 0.1 / 12), m.ProfitUsd, 6);
        }
    }

    [Fact]
    public void Baseline_operator_figures()
    {
        // Given the embedded baseline: one more tee_gateway node from 2026-04, 750 USD a month, no stake, 10% a year.
        // Month 0's subsidy is the ecosystem pool's 6M tokens × 0.25 to operators × 0.30 USD = 450,000 USD over
        // 5 + 1 nodes = 75,000 USD; the subsidy stops in month 67 (2031-11) and the node then loses 750 USD a month.
        var r = OperatorAnalysis.Run(TestScenarios.Baseline, new OperatorOptions());

        Assert.Equal("tee_gateway", r.Inputs.Cohort);
        Assert.Equal(750, r.Inputs.InfraUsdPerMonth);
        Assert.Equal(132, r.Months.Count);
        Assert.Equal(75_000, r.Months[0].SubsidyUsd, 6);
        Assert.Equal(0.0, r.Months[0].FeeMarginUsd, 9);
        Assert.Equal(-750, r.Months[^1].ProfitUsd, 9);
        Assert.Equal(0.0, r.InvestmentUsd);
        Assert.Equal(0.0, r.PaybackMonths);
        Assert.Equal(129_884, r.NpvUsd, 0);

        // And a node bought in month 59 (2031-03) with a 100,000-token stake and 2,000 USD of setup never pays back
        var late = OperatorAnalysis.Run(TestScenarios.Baseline, new OperatorOptions { StartMonth = 59, StakeTokens = 100_000, SetupUsd = 2000 });
        Assert.Equal(73, late.Months.Count);
        Assert.Equal((100_000 * Simulation.Run(TestScenarios.Baseline).TokenPriceUsd[59]) + 2000, late.InvestmentUsd, 6);
        Assert.Equal(28_888, late.InvestmentUsd, 0);
        Assert.Null(late.PaybackMonths);
        Assert.Equal(-38_701, late.NpvUsd, 0);
    }

    [Fact]
    public void Viable_reference_node_pays_back_within_the_month_its_cumulative_profit_crosses_the_investment()
    {
        // Given the viable reference network and a node bought in month 39 (2029-07) with a 100,000-token stake and 5,000 USD of setup
        var scenario = Model.Loading.ScenarioLoader.Load(Model.Loading.ScenarioSource.Shipped("viable-reference")!);
        var r = OperatorAnalysis.Run(scenario, new OperatorOptions { StartMonth = 39, StakeTokens = 100_000, SetupUsd = 5000 });

        // Then payback falls in month n = 27 of operation (2031-09): C(26) < I ≤ C(27), interpolated linearly
        double p = r.PaybackMonths!.Value;
        Assert.Equal(26, (int)Math.Floor(p));
        double before = r.Months[25].CumulativeProfitUsd, after = r.Months[26].CumulativeProfitUsd;
        Assert.True(before < r.InvestmentUsd && after >= r.InvestmentUsd);
        Assert.Equal(26 + ((r.InvestmentUsd - before) / (after - before)), p, 12);
        Assert.Equal(new DateOnly(2031, 9, 1), r.PaybackDate);

        // And the regression figures (README)
        Assert.Equal(29_574, r.InvestmentUsd, 0);
        Assert.Equal(26.1, p, 1);
        Assert.Equal(17_383, r.NpvUsd, 0);
    }

    [Fact]
    public void Monte_carlo_is_the_same_on_one_thread_and_two()
    {
        var scenario = TestScenarios.HandComputable(uncertaintyJson: Uniform);
        var one = OperatorAnalysis.Run(scenario, Half(paths: 300, threads: 1)).MonteCarlo!;
        var two = OperatorAnalysis.Run(scenario, Half(paths: 300, threads: 2)).MonteCarlo!;

        Assert.Equal(one.NpvUsd, two.NpvUsd);
        Assert.Equal(one.PaybackMonths, two.PaybackMonths);
        Assert.Equal(one.PaybackProbability, two.PaybackProbability);
        Assert.Equal(one.NpvP50Usd, two.NpvP50Usd);
    }

    [Fact]
    public void Monte_carlo_probabilities_match_the_hand_worked_fee_thresholds()
    {
        // Given the fee f ~ Uniform(0.002, 0.004): profit = 0.5 × 1,000,000 × f × 0.9 − 1,010 = 450,000 f − 1,010.
        // Payback within 6 months ⇔ 1,500/(450,000 f − 1,010) ≤ 6 ⇔ f ≥ 1,260/450,000 = 0.0028: P = 0.6.
        // NPV = −500 + (450,000 f − 1,010)·a(12, 0.01) ≥ 0 ⇔ f ≥ (1,010 + 500/a)/450,000 = 0.00234316: P = 0.82842.
        var mc = OperatorAnalysis.Run(TestScenarios.HandComputable(uncertaintyJson: Uniform), Half(paths: 4000)).MonteCarlo!;

        // Then within four standard errors (√(0.24/4000) = 0.0077 and √(0.142/4000) = 0.006)
        Assert.Equal(4000, mc.Paths);
        Assert.InRange(mc.PaybackProbability, 0.6 - 0.031, 0.6 + 0.031);
        Assert.InRange(mc.NpvNonNegativeProbability, 0.82842 - 0.024, 0.82842 + 0.024);

        // And the median NPV is that of the median fee 0.003 (the deterministic run), within the sampling error
        double deterministic = -500 + (340 * Annuity(12, 0.01));
        Assert.InRange(mc.NpvP50Usd, deterministic - 200, deterministic + 200);
        Assert.True(mc.NpvP5Usd < mc.NpvP50Usd && mc.NpvP50Usd < mc.NpvP95Usd);
    }

    [Fact]
    public void A_node_with_nothing_to_pay_back_is_not_given_a_payback_probability_in_words()
    {
        // Given no stake and no setup, I = 0 on every path: P(payback) is 1 by definition
        var scenario = TestScenarios.HandComputable(uncertaintyJson: Uniform);
        var free = OperatorAnalysis.Run(scenario, new OperatorOptions { Paths = 20, Seed = 7 });
        Assert.True(OperatorText.EntersFree(free.Inputs));
        Assert.Equal(1.0, free.MonteCarlo!.PaybackProbability);
        string text = OperatorText.MonteCarlo(free);
        Assert.Contains("(seed 7): nothing to pay back (no stake, no setup), P(NPV ≥ 0) ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("P(payback", text, StringComparison.Ordinal);
        Assert.Contains("has nothing to pay back (no stake, no setup)", OperatorText.Headline(free), StringComparison.Ordinal);

        // And a stake or a setup alone makes the probability an answer again
        var staked = OperatorAnalysis.Run(scenario, Half(paths: 20));
        Assert.False(OperatorText.EntersFree(staked.Inputs));
        Assert.Contains("P(payback within 6 months) ", OperatorText.MonteCarlo(staked), StringComparison.Ordinal);
        var setupOnly = OperatorAnalysis.Run(scenario, new OperatorOptions { SetupUsd = 1, Paths = 20 });
        Assert.False(OperatorText.EntersFree(setupOnly.Inputs));
    }

    [Theory]
    [InlineData("share", "give the share of nodes or the share of requests, not both")]
    [InlineData("shareOfNodes", "must be a fraction in (0, 1]; got 0")]
    [InlineData("shareOfRequests", "must be a fraction in (0, 1]; got 1.5")]
    [InlineData("cohort", "unknown cohort 'gpu'; the scenario's inference cohorts are: tee_gateway")]
    [InlineData("cohort", "'og_validators' is a validator cohort")]
    [InlineData("startMonth", "must be a month between 0 and 131 (0-based like every month in the outputs: 0 is the scenario's first month, 2026-04; the horizon has 132 months); got 132")]
    [InlineData("infraUsdPerMonth", "must be a number of USD per month from 0 to 1,000,000,000,000,000; got -1")]
    [InlineData("infraUsdPerMonth", "give your whole infrastructure bill with a share of the cohort: the default is one tee_gateway node's cost ($750 a month), but a 50% share of its nodes earns the income of many nodes")]
    [InlineData("paybackWithin", "must be a number of months ≥ 1; got 0")]
    public void Bad_input_names_the_option(string field, string message)
    {
        var options = field switch
        {
            "infraUsdPerMonth" when message.StartsWith("give", StringComparison.Ordinal) => new OperatorOptions { ShareOfNodes = 0.5 },
            "paybackWithin" => new OperatorOptions { PaybackWithinMonths = 0 },
            "share" => new OperatorOptions { ShareOfNodes = 0.1, ShareOfRequests = 0.1 },
            "shareOfNodes" => new OperatorOptions { ShareOfNodes = 0 },
            "shareOfRequests" => new OperatorOptions { ShareOfRequests = 1.5 },
            "cohort" when message.StartsWith("unknown", StringComparison.Ordinal) => new OperatorOptions { Cohort = "gpu" },
            "cohort" => new OperatorOptions { Cohort = "og_validators" },
            "startMonth" => new OperatorOptions { StartMonth = 132 },
            _ => new OperatorOptions { InfraUsdPerMonth = -1 },
        };

        var e = Assert.Throws<OperatorInputException>(() => OperatorAnalysis.Resolve(TestScenarios.Baseline, options));

        Assert.Equal(field, e.Field);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(131, true)]
    [InlineData(132, false)]
    public void The_start_month_is_a_0_based_month_of_the_horizon(int start, bool valid)
    {
        var options = new OperatorOptions { StartMonth = start };
        if (valid)
        {
            var r = OperatorAnalysis.Run(TestScenarios.Baseline, options);
            Assert.Equal(start, r.Months[0].Month);
            Assert.Equal(132 - start, r.Months.Count);
            Assert.Equal(Simulation.Run(TestScenarios.Baseline).Date[start], r.StartDate);
            Assert.EndsWith(start == 131 ? " over 1 month." : " over 132 months.", OperatorText.Headline(r), StringComparison.Ordinal);
        }
        else
        {
            var e = Assert.Throws<OperatorInputException>(() => OperatorAnalysis.Resolve(TestScenarios.Baseline, options));
            Assert.EndsWith($"got {start}", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Quantile_interpolates_between_order_statistics()
    {
        // h = (5 − 1) × 0.05 = 0.2: 10 + 0.2 × (20 − 10) = 12; the median is the middle value; h = 3.8: 40 + 0.8 × 60 = 88
        double[] sorted = [10, 20, 30, 40, 100];
        Assert.Equal(12, OperatorAnalysis.Quantile(sorted, 0.05), 12);
        Assert.Equal(30, OperatorAnalysis.Quantile(sorted, 0.5), 12);
        Assert.Equal(88, OperatorAnalysis.Quantile(sorted, 0.95), 12);
    }

    [Fact]
    public void A_share_of_a_staking_cohort_must_state_its_stake()
    {
        // Given v1-gpu-world, whose gpu_tee cohort stakes 10,000 tokens a node: one node's stake for a tenth of the
        // network's requests would understate the investment
        var scenario = Model.Loading.ScenarioLoader.Load(Model.Loading.ScenarioSource.Shipped("v1-gpu-world")!);
        var e = Assert.Throws<OperatorInputException>(() => OperatorAnalysis.Resolve(scenario, new OperatorOptions { Cohort = "gpu_tee", ShareOfRequests = 0.1, InfraUsdPerMonth = 750 }));

        Assert.Equal(OperatorAnalysis.StakeField, e.Field);
        Assert.Equal("give the tokens you stake with a share of the cohort: the default is one gpu_tee node's stake (10,000 tokens), but a 10% share of the network's requests earns the income of many nodes", e.Message);

        // And one more node (the default share) keeps the one-node defaults
        var marginal = OperatorAnalysis.Resolve(scenario, new OperatorOptions { Cohort = "gpu_tee" });
        Assert.Equal(10_000, marginal.StakeTokens);
        Assert.Equal(scenario.Cohorts[1].FixedCostPerNodeUsdPerMonth(), marginal.InfraUsdPerMonth);
    }

    [Fact]
    public void The_headline_of_a_share_says_what_is_held()
    {
        var r = OperatorAnalysis.Run(TestScenarios.HandComputable(), Half());

        Assert.StartsWith("Holding 50% of the only nodes from month 0 (", OperatorText.Headline(r), StringComparison.Ordinal);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;

namespace Economics.Model.Tests.Scenarios;

/// <summary>
/// The scenario files in data/scenarios: each loads, validates and runs; each states its schema, name and question;
/// every number carries a unit and a source; and each answers its question in the direction the model implies.
/// </summary>
public sealed class ScenarioFilesTests
{
    private const double Relative = 1e-12;

    private static readonly string[] Expected =
    [
        "baseline", "subsidy-cliff", "fast-vesting", "settle-individual-hashes", "settle-individual-full", "batched-payments",
        "third-party-facilitator", "stablecoin-fees",
        "aws-outage", "mev-heavy", "subsidy-aware-pricing", "bear-market", "v1-gpu-world",
        "peer-calibrated-operators", "users-pay-rails-after-subsidy",
    ];

    private static readonly Dictionary<string, SimulationResult> Results = [];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepoFiles.ScenarioFiles())
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void All_ten_named_scenarios_are_present()
    {
        var present = RepoFiles.ScenarioFiles().Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var missing = Expected.Where(name => !present.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "missing scenario files: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Loads_validates_and_runs(string name)
    {
        // Given the file, when it is loaded through its base chain
        var result = ScenarioLoader.TryLoad(ScenarioSource.FromFile(RepoFiles.Scenario(name)));

        // Then it has no problems, and a run covers the horizon with finite answers
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        var run = Simulation.Run(result.Scenario!);
        Assert.Equal(result.Scenario!.HorizonMonths, run.Months);
        Assert.All(run.UserPriceUsd, p => Assert.True(double.IsFinite(p) && p > 0, $"user price {p}"));
        Assert.All(run.Served, s => Assert.True(double.IsFinite(s) && s >= 0, $"served {s}"));
        Assert.True(double.IsFinite(run.Summary.CumulativeGasSpendUsd));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Starts_with_schema_and_names_itself_after_the_file(string name)
    {
        var document = ParseFile(name);

        Assert.Equal("$schema", document.First().Key);
        Assert.Equal("./scenario.schema.json", (string?)document["$schema"]);
        Assert.Equal(name, (string?)document["name"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)document["description"]), "description is empty");
        if (name != "baseline")
        {
            Assert.Equal("baseline", (string?)document["base"]);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_number_has_a_unit_and_a_source_or_estimate_comment(string name)
    {
        var bad = File.ReadAllLines(RepoFiles.Scenario(name))
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l =>
            {
                var (code, comment) = ScenarioComments.Split(l.Line);
                return ScenarioComments.HasNumber(code) && (comment is null || !ScenarioComments.IsUnitAndSource(comment));
            })
            .Select(l => $"{name}.json:{l.Number}: {l.Line.Trim()}")
            .ToList();

        Assert.True(bad.Count == 0, "numbers without '// unit; source: …' or '// unit; estimate: …':\n" + string.Join("\n", bad));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Cited_reference_rows_exist(string name)
    {
        var missing = ScenarioComments.ReferenceCitations(File.ReadAllText(RepoFiles.Scenario(name)))
            .Where(c => !ReferenceKeys(c.File).Contains(c.Key))
            .Select(c => $"data/reference/{c.File}#{c.Key}")
            .ToList();

        Assert.True(missing.Count == 0, "cited but not in data/reference: " + string.Join(", ", missing));
    }

    [Fact]
    public void Baseline_file_is_the_embedded_baseline()
    {
        var fromFile = ScenarioLoader.LoadFile(RepoFiles.Scenario("baseline"));

        Assert.Equal(ScenarioLoader.ToJson(ScenarioLoader.Baseline), ScenarioLoader.ToJson(fromFile));
    }

    [Fact]
    public void Per_request_hash_events_leave_more_history_and_validator_gas_than_batching()
    {
        var baselineRun = Run("baseline");
        var hashesRun = Run("settle-individual-hashes");
        var baseline = baselineRun.Summary;
        var hashes = hashesRun.Summary;

        // The protocol bears settlement, so demand and service are the same; only the tier differs: 2·192 history
        // bytes per request, against at least 0.89·2·96/20 + 0.01·2·192 = 12.384 in the baseline (full batches of 20;
        // batches are smaller in quiet months).
        Assert.Equal(baseline.CumulativeServedInferences, hashes.CumulativeServedInferences, Relative);
        Assert.All(Enumerable.Range(0, hashesRun.Months).Where(t => hashesRun.Served[t] > 0),
            t => Assert.Equal(384.0, hashesRun.OnchainBytes[t] / hashesRun.Served[t], 1e-9));
        Assert.All(Enumerable.Range(0, baselineRun.Months).Where(t => baselineRun.Served[t] > 0),
            t => Assert.True(baselineRun.OnchainBytes[t] / baselineRun.Served[t] >= 12.384 * (1 - 1e-12)));
        Assert.InRange(baseline.OnchainBytesCumulative / baseline.CumulativeServedInferences, 12.384, 384.0 / 10);
        Assert.True(hashes.CumulativeOgSettlementUsd > 10 * baseline.CumulativeOgSettlementUsd,
            $"OG gas {hashes.CumulativeOgSettlementUsd} vs baseline {baseline.CumulativeOgSettlementUsd}");
        Assert.Equal(0.0, hashes.CumulativeWalrusUsd);
    }

    [Fact]
    public void Individual_full_settlement_pays_one_walrus_blob_per_request()
    {
        var full = Run("settle-individual-full");

        // (5·4,000 + 64e6)·0.01058/1e9·26 + 0.00001 + 0.005 per request: the 64 MB of metadata dominates.
        double blob = ((5 * 4000.0) + 64e6) * 0.01058 / 1e9 * 26 + 0.00001 + 0.005;
        Assert.Equal(blob, full.WalrusPerInference[0], 1e-15);
        Assert.True(full.Summary.CumulativeProtocolRailsUsd > Run("baseline").Summary.CumulativeProtocolRailsUsd);
    }

    [Fact]
    public void Batched_payments_divide_the_settle_over_its_requests()
    {
        var batched = Run("batched-payments");
        var baseline = Run("baseline");

        // (57,000·(0.005 + 0.02)·1e−9·3,000 + 0.0003)/100 against (86,092·7.5e−8 + 0.0003) per request.
        Assert.Equal(((57_000 * 7.5e-8) + 0.0003) / 100, batched.PaymentGasPerInference[0], 1e-15);
        Assert.Equal((86_092 * 7.5e-8) + 0.0003, baseline.PaymentGasPerInference[0], 1e-15);
        Assert.True(batched.Summary.CumulativeBaseRailsUsd < baseline.Summary.CumulativeBaseRailsUsd / 20);
    }

    [Fact]
    public void Stablecoin_fees_remove_the_cap_the_swap_and_the_users_token_buys()
    {
        var usdc = Run("stablecoin-fees");
        var baseline = Run("baseline");

        // No OPG cap, no conversion, no user buys; the EIP-3009 settle (61,105 gas) is cheaper than Permit2's 86,092.
        Assert.Equal(0.0, usdc.Summary.RejectedByCapShare);
        Assert.True(baseline.Summary.RejectedByCapShare > 0);
        Assert.All(usdc.ConversionPerInference, c => Assert.Equal(0.0, c));
        Assert.All(usdc.TokenBuysUsd, b => Assert.Equal(0.0, b));
        Assert.Equal((61_105 * 7.5e-8) + 0.0003, usdc.PaymentGasPerInference[0], 1e-15);
        Assert.All(usdc.Permit2PerInference, p => Assert.Equal(0.0, p));
    }

    [Fact]
    public void A_third_party_facilitator_replaces_gas_by_its_fee()
    {
        var third = Run("third-party-facilitator");

        // Month 0: 20M settles + 20,000 sponsored approvals, 1,000 free, 0.001 USD each, gas included.
        double served = third.Served[0];
        Assert.Equal(0.0, third.PaymentGasPerInference[0]);
        Assert.Equal(0.0, third.Permit2PerInference[0]);
        Assert.Equal(0.001 * ((served * 1.001) - 1000) / served, third.FacilitatorPerInference[0], 1e-15);
    }

    [Fact]
    public void Users_pay_the_rails_from_the_month_the_pools_stop_paying_operators()
    {
        var baseline = Run("baseline");
        var users = Run("users-pay-rails-after-subsidy");
        int end = baseline.Summary.SubsidyEndMonth!.Value;
        Assert.Equal(end, users.Summary.SubsidyEndMonth);

        // While the pools pay, the two runs are the same month for month; from the subsidy end the protocol bears
        // nothing and the user's price carries every rail (payment settle, sponsored approval, OG gas, Walrus).
        for (int t = 0; t < end; t++)
        {
            Assert.Equal(baseline.UserPriceUsd[t], users.UserPriceUsd[t]);
            Assert.Equal(baseline.ProtocolRailsUsd[t], users.ProtocolRailsUsd[t]);
        }

        for (int t = end; t < users.Months; t++)
        {
            Assert.Equal(0.0, users.ProtocolRailsUsd[t]);
            double rails = users.PaymentGasPerInference[t] + users.Permit2PerInference[t] + users.FacilitatorPerInference[t]
                + users.SettlementGasPerInference[t] + users.WalrusPerInference[t];
            Assert.Equal(rails, users.UserPaymentRailsPerInference[t] + users.UserSettlementPerInference[t], rails * Relative);
            Assert.True(users.UserPriceUsd[t] > baseline.UserPriceUsd[t], $"month {t}");
        }

        // Users who now see the rails in the price buy less than the baseline's.
        Assert.True(users.Summary.UserPriceVsOutside > baseline.Summary.UserPriceVsOutside);
        Assert.True(users.Demand[^1] < baseline.Demand[^1]);
    }

    [Fact]
    public void Subsidy_cliff_stops_the_ecosystem_pool_at_month_24_and_keeps_its_balance()
    {
        var cliff = Run("subsidy-cliff");

        Assert.Equal(24, cliff.Summary.SubsidyEndMonth);
        Assert.True(cliff.Summary.SubsidyEndMonth < Run("baseline").Summary.SubsidyEndMonth);
        Assert.All(cliff.OperatorSubsidyTokens.Skip(24), e => Assert.Equal(0.0, e));

        // 24 payouts of 6M: the ecosystem pool keeps 400M − 144M = 256M unspent at the end.
        var ecosystem = cliff.Pools.Single(p => p.Name == "ecosystem");
        Assert.Equal(144e6, ecosystem.Payout.Sum(), 144e6 * Relative);
        Assert.Equal(256e6, ecosystem.Balance[^1], 256e6 * Relative);
    }

    [Fact]
    public void Fast_vesting_pays_more_sooner_and_ends_at_month_18()
    {
        var fast = Run("fast-vesting");
        var baseline = Run("baseline");

        // 360M vest over months 0-17 (20M a month) + the 40M TGE reserve: 400M / 20M = 20 months of payouts.
        Assert.Equal(20, fast.Summary.SubsidyEndMonth);
        Assert.Equal(0.25 * 20e6, fast.OperatorSubsidyTokens[0], 1e-3);
        Assert.True(fast.RevenueSubsidy[0] > baseline.RevenueSubsidy[0]);
    }

    [Fact]
    public void Aws_outage_removes_aws_capacity_only_in_its_window()
    {
        var outage = Run("aws-outage");
        var baseline = Run("baseline");
        int aws = outage.Cohorts.Select((c, i) => (c, i)).Single(x => x.c.Provider == "aws").i;

        for (int t = 0; t < 12; t++)
        {
            Assert.Equal(baseline.Capacity[t], outage.Capacity[t], baseline.Capacity[t] * Relative);
        }

        for (int t = 12; t < 18; t++)
        {
            // Every gateway is on AWS: the outage takes all capacity, nothing is served, all payable demand is unserved.
            Assert.True(double.IsNaN(outage.AwsCapacityShare[t]));
            Assert.Equal(0.0, outage.Cohorts[aws].Served[t]);
            Assert.Equal(1.0, baseline.AwsCapacityShare[t]);
            Assert.Equal(0.0, outage.Served[t]);
            Assert.Equal(outage.Demand[t] - outage.RejectedByCap[t], outage.Unserved[t], outage.Demand[t] * Relative);
        }

        Assert.True(outage.AwsCapacityShare[18] > 0, "AWS capacity should return after the outage");
    }

    [Fact]
    public void Aws_outage_and_price_rise_cost_aws_operators()
    {
        var outage = Run("aws-outage");
        var baseline = Run("baseline");
        int aws = outage.Cohorts.Select((c, i) => (c, i)).Single(x => x.c.Provider == "aws").i;

        Assert.True(outage.Cohorts[aws].Profit.Sum() < baseline.Cohorts[aws].Profit.Sum());
        Assert.True(outage.Summary.PeakAwsCapacityShare <= baseline.Summary.PeakAwsCapacityShare);
    }

    [Fact]
    public void Mev_heavy_pays_operators_mev_and_taxes_users_by_the_extraction_rate()
    {
        var mev = Run("mev-heavy");
        var baseline = Run("baseline");

        Assert.Equal(0.0, baseline.Summary.CumulativeMevRevenueUsd);
        Assert.True(mev.Summary.CumulativeMevRevenueUsd > 0);
        // MEV only on the on-chain ML market: its tax is 50 bps of that market's fee, on top of the fee and the
        // conversion cost (the baseline's 0.3% swap fee on buying the fee's OPG).
        const double swapFee = 0.003;
        int onchain = mev.Markets.Select((m, i) => (m, i)).Single(x => x.m.Kind == Economics.Model.Scenarios.MarketKind.OnchainMl).i;
        Assert.All(Enumerable.Range(0, mev.Months),
            t => Assert.Equal(mev.Markets[onchain].Fee[t] * 0.005, mev.Markets[onchain].UserPrice[t] - (mev.Markets[onchain].Fee[t] * (1 + swapFee)) - mev.UserPaymentRailsPerInference[t] - mev.UserSettlementPerInference[t], 1e-15));
    }

    [Fact]
    public void Subsidy_aware_fee_is_cheap_while_emissions_flow_and_rises_after()
    {
        var run = Run("subsidy-aware-pricing");
        int end = run.Summary.SubsidyEndMonth!.Value;

        Assert.All(run.FeeUsd, f => Assert.True(f >= 0.0005 - 1e-15, $"fee {f} below the floor"));
        Assert.True(run.FeeUsd[12] < Run("baseline").FeeUsd[12]);
        Assert.True(run.FeeUsd[end] > run.FeeUsd[12], $"fee at emissions end {run.FeeUsd[end]} vs month 12 {run.FeeUsd[12]}");
    }

    [Fact]
    public void Bear_market_ends_with_a_lower_token_price_and_less_emission_income()
    {
        var bear = Run("bear-market").Summary;
        var baseline = Run("baseline").Summary;

        Assert.True(bear.EndTokenPriceUsd < baseline.EndTokenPriceUsd);
        Assert.True(bear.CumulativeSubsidyRevenueUsd < baseline.CumulativeSubsidyRevenueUsd);
        Assert.Equal(baseline.CumulativeReleasedTokens, bear.CumulativeReleasedTokens, baseline.CumulativeReleasedTokens * Relative);
    }

    private static SimulationResult Run(string name)
    {
        lock (Results)
        {
            if (!Results.TryGetValue(name, out var result))
            {
                result = Simulation.Run(ScenarioLoader.LoadFile(RepoFiles.Scenario(name)));
                Results[name] = result;
            }

            return result;
        }
    }

    private static JsonObject ParseFile(string name) =>
        JsonNode.Parse(File.ReadAllText(RepoFiles.Scenario(name)), ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions) as JsonObject
        ?? throw new JsonException($"{name}.json is not a JSON object");

    private static HashSet<string> ReferenceKeys(string file)
    {
        string path = Path.Combine(RepoFiles.ReferenceDirectory, file);
        return File.Exists(path)
            ? CsvReader.Parse(File.ReadAllText(path)).Skip(1).Select(row => row[0]).ToHashSet(StringComparer.Ordinal)
            : [];
    }

    [Fact]
    public void The_v1_world_routes_the_open_model_to_gpu_cohorts_and_the_hosted_model_to_the_gateways()
    {
        var r = Run("v1-gpu-world");
        int gateway = r.Cohorts.Select((c, i) => (c, i)).Single(x => x.c.Name == "tee_gateway").i;

        // The gateway serves only the hosted market and pays its list price upstream; the GPU cohorts pay none.
        Assert.All(Enumerable.Range(0, r.Months), t => Assert.True(r.Cohorts[gateway].Served[t] <= r.Markets[0].Served[t] * (1 + 1e-12)));
        Assert.True(r.Cohorts[gateway].Upstream.Sum() > 0);
        Assert.All(r.Cohorts.Where(c => c.Name != "tee_gateway"), c => Assert.All(c.Upstream, u => Assert.Equal(0, u)));

        // The open model's fixed fee is above its outside price: GPU nodes have a fee margin, unlike the gateways.
        Assert.Equal(0.0025, r.Markets[1].Fee[0]);
        Assert.True(r.Summary.CumulativeFeeRevenueUsd > r.Summary.CumulativeUpstreamCostUsd);
    }
}

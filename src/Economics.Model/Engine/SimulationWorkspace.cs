using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>
/// Every array one run of the model writes, sized by horizon and cohort count and reused across runs (one per
/// thread in Monte Carlo), so the monthly loop allocates nothing. Not thread safe: one run at a time.
/// </summary>
/// <remarks>Per-month arrays have one entry per month; per-cohort arrays are indexed <c>[cohort][month]</c>.
/// "Not applicable" values (a ratio with a zero denominator) are <see cref="double.NaN"/> here and are written as
/// empty cells / null by the writers.</remarks>
public sealed class SimulationWorkspace
{
    /// <summary>Creates an empty workspace; it grows to fit the first scenario it runs.</summary>
    public SimulationWorkspace()
    {
        Cohorts = [];
        Pools = [];
        Markets = [];
        Step = new MonthlyStep(this);
    }

    /// <summary>The monthly step and its carried state, reused by every run into this workspace.</summary>
    internal MonthlyStep Step { get; }

    /// <summary>Months of the last run.</summary>
    public int Months { get; private set; }

    /// <summary>Cohorts of the last run.</summary>
    public int CohortCount { get; private set; }

    /// <summary>Token pools of the last run.</summary>
    public int PoolCount { get; private set; }

    /// <summary>Markets of the last run.</summary>
    public int MarketCount { get; private set; }

    // Inputs precomputed per run (the scenario's schedules and events laid out by month).
    internal double[] GasScratch { get; private set; } = [];
    /// <summary>Base L2 base fee of each month, gasSpike events applied (rule 5's g(t)). Unit: gwei.</summary>
    public double[] GasPriceGwei { get; private set; } = [];

    /// <summary>Base L1 data fee of one transaction each month, gasSpike events applied (rule 5's L1(t)). Unit: USD/transaction.</summary>
    public double[] L1DataFeeUsd { get; private set; } = [];
    internal double[] WalrusEncodedBytes { get; private set; } = [];
    internal double[] PriceMultiplier { get; private set; } = [];
    internal double[] DemandMultiplier { get; private set; } = [];
    internal double[] PathPrice { get; private set; } = [];

    /// <summary>Tokens the pools paid out (all uses). Unit: tokens/month.</summary>
    public double[] ReleasedTokens { get; private set; } = [];
    /// <summary>Tokens the pools paid to operators (0 when no node can receive them: they go to the treasury). Unit: tokens/month.</summary>
    public double[] OperatorSubsidyTokens { get; private set; } = [];
    /// <summary>Tokens the pools paid to validators and stakers. Unit: tokens/month.</summary>
    public double[] ValidatorTokens { get; private set; } = [];
    /// <summary>Pool tokens sold this month: the <c>market</c> use plus what held and validator recipients sell. Unit: tokens/month.</summary>
    public double[] PoolSoldTokens { get; private set; } = [];
    /// <summary>Pool tokens paid to the <c>liquidity</c> use: paired into the constant-product pool at the month's price. Unit: tokens/month.</summary>
    public double[] LiquiditySeededTokens { get; private set; } = [];
    /// <summary>Circulating supply at month end. Unit: tokens.</summary>
    public double[] CirculatingSupply { get; private set; } = [];
    /// <summary>Token price during the month. Unit: USD/token.</summary>
    public double[] TokenPriceUsd { get; private set; } = [];
    /// <summary>Token sold this month: operators' subsidy and fee sells, pool sells. Unit: USD/month.</summary>
    public double[] TokenSellsUsd { get; private set; } = [];
    /// <summary>Token bought this month: users' OPG for fees, buybacks. Unit: USD/month.</summary>
    public double[] TokenBuysUsd { get; private set; } = [];
    /// <summary>Net token flow: sells − buys (positive pushes the price down). Unit: USD/month.</summary>
    public double[] SellPressureUsd { get; private set; } = [];
    /// <summary>Swap fees paid on the gross legs: swapFeeFraction × (sells + user buys + buybacks). Unit: USD/month.</summary>
    public double[] SwapFeesUsd { get; private set; } = [];
    /// <summary>The constant-product pool's USD reserve y this month. Unit: USD.</summary>
    public double[] PoolUsdReserve { get; private set; } = [];
    /// <summary>Price over the fundamental (GBM) path this month: exp(L), L the decayed log impact (1 for constant and path prices). Unit: ratio.</summary>
    public double[] PriceImpactFactor { get; private set; } = [];
    /// <summary>Base demand before the price response. Unit: inferences/month.</summary>
    public double[] BaseDemand { get; private set; } = [];
    /// <summary>Demand after the price response. Unit: inferences/month.</summary>
    public double[] Demand { get; private set; } = [];
    /// <summary>Requests rejected by the per-request OPG cap (all markets). Unit: inferences/month.</summary>
    public double[] RejectedByCap { get; private set; } = [];
    /// <summary>Upstream bill of gateways to the model providers (list × (1 − discount) per hosted-proxy request). Unit: USD/month.</summary>
    public double[] UpstreamCostUsd { get; private set; } = [];
    /// <summary>Whether the network is viable this month (1) or not (0) by <c>viability</c>. Unit: 0/1.</summary>
    public double[] Viable { get; private set; } = [];
    /// <summary>Demand lost to the outside option (all markets). Unit: inferences/month.</summary>
    public double[] LostDemand { get; private set; } = [];
    /// <summary>Usable capacity of all nodes. Unit: inferences/month.</summary>
    public double[] Capacity { get; private set; } = [];
    /// <summary>Inferences served. Unit: inferences/month.</summary>
    public double[] Served { get; private set; } = [];
    /// <summary>Demand beyond capacity. Unit: inferences/month.</summary>
    public double[] Unserved { get; private set; } = [];
    /// <summary>Fee per inference. Unit: USD/inference.</summary>
    public double[] FeeUsd { get; private set; } = [];
    /// <summary>The outside option's price (served-weighted over markets). Unit: USD/inference.</summary>
    public double[] OutsidePriceUsd { get; private set; } = [];
    /// <summary>The user's all-in price. Unit: USD/inference.</summary>
    public double[] UserPriceUsd { get; private set; } = [];
    /// <summary>Operator costs except operator-paid gas, per served inference (NaN with nothing served). Unit: USD/inference.</summary>
    public double[] ComputeCostPerInference { get; private set; } = [];
    /// <summary>Base gas of the x402 settle per request (own facilitator; 0 under a third party, whose fee includes it). Unit: USD/inference.</summary>
    public double[] PaymentGasPerInference { get; private set; } = [];
    /// <summary>Facilitator fee per request (a third party's fee after its free tier, or an own facilitator's running cost). Unit: USD/inference.</summary>
    public double[] FacilitatorPerInference { get; private set; } = [];
    /// <summary>Permit2 approval gas per request (0 when a sponsored approval goes through a third party's fee). Unit: USD/inference.</summary>
    public double[] Permit2PerInference { get; private set; } = [];
    /// <summary>OG-chain settlement event gas per request, in USD at the month's token price (validators' revenue). Unit: USD/inference.</summary>
    public double[] SettlementGasPerInference { get; private set; } = [];
    /// <summary>Walrus blob storage per request (all tiers). Unit: USD/inference.</summary>
    public double[] WalrusPerInference { get; private set; } = [];
    /// <summary>Payment rails the user bears (on top of the fee). Unit: USD/inference.</summary>
    public double[] UserPaymentRailsPerInference { get; private set; } = [];
    /// <summary>Settlement (OG gas + Walrus) the user bears. Unit: USD/inference.</summary>
    public double[] UserSettlementPerInference { get; private set; } = [];
    /// <summary>Rails and settlement operators bear, per served request. Unit: USD/inference.</summary>
    public double[] OperatorRailsPerInference { get; private set; } = [];
    /// <summary>Rails and settlement the protocol bears, per served request. Unit: USD/inference.</summary>
    public double[] ProtocolRailsPerInference { get; private set; } = [];
    /// <summary>Expected BATCH_HASHED batch size. Unit: requests/batch.</summary>
    public double[] ExpectedBatchSize { get; private set; } = [];
    /// <summary>1 when Base base fee + priority exceeds the facilitator's max fee (settles stall), else 0. Unit: 0/1.</summary>
    public double[] SettleStalled { get; private set; } = [];
    /// <summary>Payment rails on Base (settle gas, approvals, facilitator fees), whoever bears them. Unit: USD/month.</summary>
    public double[] BaseRailsUsd { get; private set; } = [];
    /// <summary>OG-chain settlement gas: revenue to validators, paid in OPG. Unit: USD/month.</summary>
    public double[] ValidatorGasRevenueUsd { get; private set; } = [];
    /// <summary>Wallets with a standing Permit2 approval (cumulative, never revoked). Unit: wallets.</summary>
    public double[] Permit2Wallets { get; private set; } = [];
    /// <summary>User funds exposed to standing Permit2 approvals: wallets × walletBalanceUsd. Unit: USD.</summary>
    public double[] Permit2ExposedUsd { get; private set; } = [];
    /// <summary>Nodes of the validator cohorts. Unit: nodes.</summary>
    public double[] ValidatorNodes { get; private set; } = [];
    /// <summary>Staking payouts the validator cohorts received (pools' validators use × price). Unit: USD/month.</summary>
    public double[] ValidatorStakingUsd { get; private set; } = [];
    /// <summary>OG-chain gas the validator cohorts received. Unit: USD/month.</summary>
    public double[] ValidatorGasUsd { get; private set; } = [];
    /// <summary>Own costs of the validator cohorts. Unit: USD/month.</summary>
    public double[] ValidatorCostsUsd { get; private set; } = [];
    /// <summary>Validator cohorts' staking + gas − own costs. Unit: USD/month.</summary>
    public double[] ValidatorProfitUsd { get; private set; } = [];
    /// <summary>Walrus storage bought (a cost leaving the network). Unit: USD/month.</summary>
    public double[] WalrusUsd { get; private set; } = [];
    /// <summary>Rails and settlement users bear. Unit: USD/month.</summary>
    public double[] UserRailsUsd { get; private set; } = [];
    /// <summary>Rails and settlement operators bear. Unit: USD/month.</summary>
    public double[] OperatorRailsUsd { get; private set; } = [];
    /// <summary>Rails and settlement the protocol bears (its facilitator: a hidden subsidy). Unit: USD/month.</summary>
    public double[] ProtocolRailsUsd { get; private set; } = [];
    /// <summary>Encoded bytes held on Walrus at month end (blobs within their retention). Unit: bytes.</summary>
    public double[] WalrusStoredBytes { get; private set; } = [];
    /// <summary>MEV tax paid by users. Unit: USD/inference.</summary>
    public double[] MevTaxPerInference { get; private set; } = [];
    /// <summary>Users' cost of converting USD to OPG before paying: swapFeeFraction × fee (token fees only). Unit: USD/inference.</summary>
    public double[] ConversionPerInference { get; private set; } = [];
    /// <summary>Protocol take. Unit: USD/inference.</summary>
    public double[] ProtocolTakePerInference { get; private set; } = [];
    /// <summary>Operator's net fee (fee − take). Unit: USD/inference.</summary>
    public double[] OperatorNetFeePerInference { get; private set; } = [];
    /// <summary>Total nodes. Unit: nodes.</summary>
    public double[] NodesTotal { get; private set; } = [];
    /// <summary>Operator fee revenue. Unit: USD/month.</summary>
    public double[] RevenueFees { get; private set; } = [];
    /// <summary>Operator subsidy revenue (pool payouts at the month's price). Unit: USD/month.</summary>
    public double[] RevenueSubsidy { get; private set; } = [];
    /// <summary>Operator MEV revenue. Unit: USD/month.</summary>
    public double[] RevenueMev { get; private set; } = [];
    /// <summary>Operator costs. Unit: USD/month.</summary>
    public double[] OperatorCosts { get; private set; } = [];
    /// <summary>Operator profit. Unit: USD/month.</summary>
    public double[] OperatorProfit { get; private set; } = [];
    /// <summary>Profit per node (NaN with no nodes). Unit: USD/node-month.</summary>
    public double[] ProfitPerNode { get; private set; } = [];
    /// <summary>Subsidy revenue / all revenue (NaN with no revenue). Unit: fraction.</summary>
    public double[] SubsidyDependence { get; private set; } = [];
    /// <summary>Fee at which this month's operators break even with zero subsidy (NaN with nothing served). Unit: USD/inference.</summary>
    public double[] BreakEvenFeeWithoutSubsidy { get; private set; } = [];
    /// <summary>Fee at which operators break even with zero subsidy and zero MEV (NaN with nothing served). Unit: USD/inference.</summary>
    public double[] BreakEvenFeeWithoutSubsidyOrMev { get; private set; } = [];
    /// <summary>Gas spent: Base settle and approval gas plus OG event gas (a third party's fee is not counted as gas). Unit: USD/month.</summary>
    public double[] GasSpendUsd { get; private set; } = [];
    /// <summary>OG chain-history bytes written this month (event calldata + logs). Unit: bytes/month.</summary>
    public double[] OnchainBytes { get; private set; } = [];
    /// <summary>OG chain-history bytes written so far. Unit: bytes.</summary>
    public double[] OnchainBytesCumulative { get; private set; } = [];
    /// <summary>Cost to full nodes of keeping that history (an externality). Unit: USD/month.</summary>
    public double[] StateCarryUsd { get; private set; } = [];
    /// <summary>Treasury cash: protocol fees − buybacks − protocol-paid gas, cumulative. Unit: USD.</summary>
    public double[] TreasuryUsd { get; private set; } = [];
    /// <summary>Treasury tokens: its share of pool payouts plus bought-back tokens, cumulative. Unit: tokens.</summary>
    public double[] TreasuryTokens { get; private set; } = [];
    /// <summary>Buyback spend. Unit: USD/month.</summary>
    public double[] BuybackUsd { get; private set; } = [];
    /// <summary>Share of capacity on provider <c>aws</c>. Unit: fraction (NaN with no capacity).</summary>
    public double[] AwsCapacityShare { get; private set; } = [];
    /// <summary>Herfindahl–Hirschman index of capacity shares by provider. Unit: 0–1 (NaN with no capacity).</summary>
    public double[] ProviderConcentration { get; private set; } = [];

    /// <summary>Per-cohort arrays.</summary>
    public CohortArrays[] Cohorts { get; private set; }

    /// <summary>Per-pool arrays.</summary>
    public PoolArrays[] Pools { get; private set; }

    /// <summary>Per-market arrays.</summary>
    public MarketArrays[] Markets { get; private set; }

    // The double[] properties, found once (immutable).
    private static readonly System.Reflection.PropertyInfo[] SeriesProperties =
        [.. typeof(SimulationWorkspace)
            .GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            .Where(p => p.PropertyType == typeof(double[]))];

    /// <summary>Grows the arrays to fit <paramref name="months"/> × (<paramref name="cohorts"/>, <paramref name="pools"/>); keeps them when large enough.</summary>
    internal void EnsureSize(int months, int cohorts, int pools, int markets)
    {
        if (GasScratch.Length < months)
        {
            // Once per size change, never per month: every double[] property gets a new array.
            foreach (var property in SeriesProperties)
            {
                property.SetValue(this, new double[months]);
            }
        }

        int capacity = GasScratch.Length;
        if (Cohorts.Length < cohorts || (Cohorts.Length > 0 && Cohorts[0].Nodes.Length < capacity))
        {
            Cohorts = new CohortArrays[Math.Max(cohorts, Cohorts.Length)];
            for (int c = 0; c < Cohorts.Length; c++)
            {
                Cohorts[c] = new CohortArrays(capacity);
            }
        }

        if (Pools.Length < pools || (Pools.Length > 0 && Pools[0].Balance.Length < capacity))
        {
            Pools = new PoolArrays[Math.Max(pools, Pools.Length)];
            for (int i = 0; i < Pools.Length; i++)
            {
                Pools[i] = new PoolArrays(capacity);
            }
        }

        if (Markets.Length < markets || (Markets.Length > 0 && Markets[0].Served.Length < capacity))
        {
            Markets = new MarketArrays[Math.Max(markets, Markets.Length)];
            for (int i = 0; i < Markets.Length; i++)
            {
                Markets[i] = new MarketArrays(capacity);
            }
        }

        Months = months;
        CohortCount = cohorts;
        PoolCount = pools;
        MarketCount = markets;
    }

    /// <summary>Whether a cohort runs on AWS (its capacity counts toward the AWS share).</summary>
    internal static bool IsAws(Cohort cohort) => string.Equals(cohort.Provider, AwsProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>The provider name whose capacity counts as AWS (Nitro Enclaves).</summary>
    public const string AwsProvider = "aws";
}

using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Results;

/// <summary>
/// The per-month series of one run (the rows of <c>monthly.csv</c>) and its answers (<see cref="Summary"/>).
/// Immutable. "Not applicable" values (ratios with a zero denominator, or one so small that the ratio would overflow) are <see cref="double.NaN"/>; writers
/// render them as empty cells and nulls.
/// </summary>
public sealed record SimulationResult
{
    /// <summary>The scenario that was run.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>Months simulated.</summary>
    public int Months => Month.Count;

    /// <summary>Month index 0 … horizon − 1. Column <c>month</c>.</summary>
    public required IReadOnlyList<int> Month { get; init; }

    /// <summary>Calendar month of each row (first day), from <c>startMonth</c>. Column <c>date</c> (yyyy-MM).</summary>
    public required IReadOnlyList<DateOnly> Date { get; init; }

    /// <summary>Tokens the pools paid out (all uses). Unit: tokens/month. Column <c>released_tokens</c>.</summary>
    public required IReadOnlyList<double> ReleasedTokens { get; init; }

    /// <summary>Tokens the pools paid to operators (0 in a month with no node to receive them: they stay with the treasury). Unit: tokens/month. Column <c>operator_subsidy_tokens</c>.</summary>
    public required IReadOnlyList<double> OperatorSubsidyTokens { get; init; }

    /// <summary>Tokens the pools paid to validators and stakers. Unit: tokens/month. Column <c>validator_tokens</c>.</summary>
    public required IReadOnlyList<double> ValidatorTokens { get; init; }

    /// <summary>Pool tokens sold: the <c>market</c> use plus the share held and validator recipients sell. Unit: tokens/month. Column <c>pool_sold_tokens</c>.</summary>
    public required IReadOnlyList<double> PoolSoldTokens { get; init; }

    /// <summary>Circulating supply at month end. Unit: tokens. Column <c>circulating_supply</c>.</summary>
    public required IReadOnlyList<double> CirculatingSupply { get; init; }

    /// <summary>Token price during the month. Unit: USD/token. Column <c>token_price_usd</c>.</summary>
    public required IReadOnlyList<double> TokenPriceUsd { get; init; }

    /// <summary>Net token flow: sells − buys (operators' and pools' sells; users' fee OPG and buybacks). Unit: USD/month. Column <c>sell_pressure_usd</c>.</summary>
    public required IReadOnlyList<double> SellPressureUsd { get; init; }

    /// <summary>Base demand before the price response. Unit: inferences/month. Column <c>base_demand_inferences</c>.</summary>
    public required IReadOnlyList<double> BaseDemand { get; init; }

    /// <summary>Demand after the price response. Unit: inferences/month. Column <c>demand_inferences</c>.</summary>
    public required IReadOnlyList<double> Demand { get; init; }

    /// <summary>Demand lost to the outside option (all markets). Unit: inferences/month. Column <c>lost_demand_inferences</c>.</summary>
    public required IReadOnlyList<double> LostDemand { get; init; }

    /// <summary>Usable capacity of all nodes. Unit: inferences/month. Column <c>capacity_inferences</c>.</summary>
    public required IReadOnlyList<double> Capacity { get; init; }

    /// <summary>Inferences served. Unit: inferences/month. Column <c>served_inferences</c>.</summary>
    public required IReadOnlyList<double> Served { get; init; }

    /// <summary>Demand beyond capacity. Unit: inferences/month. Column <c>unserved_inferences</c>.</summary>
    public required IReadOnlyList<double> Unserved { get; init; }

    /// <summary>Fee per inference. Unit: USD/inference. Column <c>fee_usd</c>.</summary>
    public required IReadOnlyList<double> FeeUsd { get; init; }

    /// <summary>The user's all-in price: fee + user-paid rails + MEV tax. Unit: USD/inference. Column <c>user_price_usd</c>.</summary>
    public required IReadOnlyList<double> UserPriceUsd { get; init; }

    /// <summary>Operator costs except operator-paid gas, per served inference. Not applicable (NaN in memory, an empty cell in CSV, null in JSON) when nothing is served. Unit: USD/inference. Column <c>compute_cost_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> ComputeCostPerInference { get; init; }

    /// <summary>Base gas of the x402 settle per request (own facilitator; 0 under a third party, whose fee includes it), whoever bears it. Unit: USD/inference. Column <c>payment_gas_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> PaymentGasPerInference { get; init; }

    /// <summary>Facilitator fee per request (third party: after the monthly free tier, gas included), whoever bears it. Unit: USD/inference. Column <c>facilitator_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> FacilitatorPerInference { get; init; }

    /// <summary>Permit2 approval gas per request, whoever bears it. Unit: USD/inference. Column <c>permit2_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> Permit2PerInference { get; init; }

    /// <summary>OG-chain settlement event gas per request (all tiers) in USD at the month's token price: validators' revenue. Unit: USD/inference. Column <c>settlement_gas_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> SettlementGasPerInference { get; init; }

    /// <summary>Walrus storage per request (all tiers). Unit: USD/inference. Column <c>walrus_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> WalrusPerInference { get; init; }

    /// <summary>Rails and settlement operators bear per served request. Unit: USD/inference. Column <c>operator_rails_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> OperatorRailsPerInference { get; init; }

    /// <summary>Rails and settlement the protocol bears per served request. Unit: USD/inference. Column <c>protocol_rails_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> ProtocolRailsPerInference { get; init; }

    /// <summary>Expected BATCH_HASHED batch size. Unit: requests/batch. Column <c>expected_batch_size</c>.</summary>
    public required IReadOnlyList<double> ExpectedBatchSize { get; init; }

    /// <summary>1 when Base base fee + priority exceeds the facilitator's max fee (settles stall). Unit: 0/1. Column <c>settle_stalled</c>.</summary>
    public required IReadOnlyList<double> SettleStalled { get; init; }

    /// <summary>Payment rails on Base, whoever bears them. Unit: USD/month. Column <c>base_rails_usd</c>.</summary>
    public required IReadOnlyList<double> BaseRailsUsd { get; init; }

    /// <summary>OG-chain settlement gas, revenue to validators (paid in OPG). Unit: USD/month. Column <c>validator_gas_revenue_usd</c>.</summary>
    public required IReadOnlyList<double> ValidatorGasRevenueUsd { get; init; }

    /// <summary>Walrus storage bought. Unit: USD/month. Column <c>walrus_usd</c>.</summary>
    public required IReadOnlyList<double> WalrusUsd { get; init; }

    /// <summary>Rails and settlement users bear. Unit: USD/month. Column <c>user_rails_usd</c>.</summary>
    public required IReadOnlyList<double> UserRailsUsd { get; init; }

    /// <summary>Rails and settlement operators bear. Unit: USD/month. Column <c>operator_rails_usd</c>.</summary>
    public required IReadOnlyList<double> OperatorRailsUsd { get; init; }

    /// <summary>Rails and settlement the protocol bears (a hidden subsidy). Unit: USD/month. Column <c>protocol_rails_usd</c>.</summary>
    public required IReadOnlyList<double> ProtocolRailsUsd { get; init; }

    /// <summary>Encoded bytes held on Walrus at month end. Unit: bytes. Column <c>walrus_stored_bytes</c>.</summary>
    public required IReadOnlyList<double> WalrusStoredBytes { get; init; }

    /// <summary>Payment rails the user bears (unsponsored approvals, and the facilitator's cost when borne by users). Unit: USD/inference. Column <c>user_payment_rails_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> UserPaymentRailsPerInference { get; init; }

    /// <summary>Settlement (OG gas + Walrus) the user bears. Unit: USD/inference. Column <c>user_settlement_gas_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> UserSettlementPerInference { get; init; }

    /// <summary>MEV extracted from users. Unit: USD/inference. Column <c>mev_tax_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> MevTaxPerInference { get; init; }

    /// <summary>Protocol take. Unit: USD/inference. Column <c>protocol_take_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> ProtocolTakePerInference { get; init; }

    /// <summary>Fee minus protocol take. Unit: USD/inference. Column <c>operator_net_fee_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> OperatorNetFeePerInference { get; init; }

    /// <summary>Nodes of all cohorts. Unit: nodes. Column <c>nodes_total</c>.</summary>
    public required IReadOnlyList<double> NodesTotal { get; init; }

    /// <summary>Operator fee revenue (net of take). Unit: USD/month. Column <c>revenue_fees_usd</c>.</summary>
    public required IReadOnlyList<double> RevenueFees { get; init; }

    /// <summary>Operator subsidy revenue (pool payouts at the month's price). Unit: USD/month. Column <c>revenue_subsidy_usd</c>.</summary>
    public required IReadOnlyList<double> RevenueSubsidy { get; init; }

    /// <summary>Operator MEV revenue. Unit: USD/month. Column <c>revenue_mev_usd</c>.</summary>
    public required IReadOnlyList<double> RevenueMev { get; init; }

    /// <summary>Operator costs: nodes, variable, capital, operator-paid gas. Unit: USD/month. Column <c>operator_costs_usd</c>.</summary>
    public required IReadOnlyList<double> OperatorCosts { get; init; }

    /// <summary>Operator profit. Unit: USD/month. Column <c>operator_profit_usd</c>.</summary>
    public required IReadOnlyList<double> OperatorProfit { get; init; }

    /// <summary>Profit per node. Not applicable (NaN in memory, an empty cell in CSV, null in JSON) with no nodes. Unit: USD/node-month. Column <c>profit_per_node_usd</c>.</summary>
    public required IReadOnlyList<double> ProfitPerNode { get; init; }

    /// <summary>(Pool subsidy + protocol-borne rails) / (that + max(0, fees − upstream) + MEV): the share of operators' income that is subsidy, the rails the protocol bears included (docs/MODEL.md rule 7). Not applicable (NaN in memory, an empty cell in CSV, null in JSON) with no revenue at all. Unit: fraction. Column <c>subsidy_dependence</c>.</summary>
    public required IReadOnlyList<double> SubsidyDependence { get; init; }

    /// <summary>Fee at which this month's operators break even with zero subsidy (MEV kept); never below 0. Not applicable (NaN in memory, an empty cell in CSV, null in JSON) when nothing is served (no fee can pay for idle nodes). Unit: USD/inference. Column <c>breakeven_fee_without_subsidy_usd</c>.</summary>
    public required IReadOnlyList<double> BreakEvenFeeWithoutSubsidy { get; init; }

    /// <summary>Fee at which operators break even with zero subsidy and zero MEV. Not applicable (NaN in memory, an empty cell in CSV, null in JSON) when nothing is served. Unit: USD/inference. Column <c>breakeven_fee_without_subsidy_or_mev_usd</c>.</summary>
    public required IReadOnlyList<double> BreakEvenFeeWithoutSubsidyOrMev { get; init; }

    /// <summary>Gas spent: Base settle and approval gas + OG event gas. Unit: USD/month. Column <c>gas_spend_usd</c>.</summary>
    public required IReadOnlyList<double> GasSpendUsd { get; init; }

    /// <summary>OG chain-history bytes (event calldata + logs) written this month. Unit: bytes/month. Column <c>onchain_bytes</c>.</summary>
    public required IReadOnlyList<double> OnchainBytes { get; init; }

    /// <summary>OG chain-history bytes written so far. Unit: bytes. Column <c>onchain_bytes_cumulative</c>.</summary>
    public required IReadOnlyList<double> OnchainBytesCumulative { get; init; }

    /// <summary>Cost to full nodes of keeping that history (externality). Unit: USD/month. Column <c>state_carry_usd</c>.</summary>
    public required IReadOnlyList<double> StateCarryUsd { get; init; }

    /// <summary>Treasury spend on buybacks. Unit: USD/month. Column <c>buyback_usd</c>.</summary>
    public required IReadOnlyList<double> BuybackUsd { get; init; }

    /// <summary>Treasury cash: protocol fees − buybacks − protocol-paid gas, cumulative. Unit: USD. Column <c>treasury_usd</c>.</summary>
    public required IReadOnlyList<double> TreasuryUsd { get; init; }

    /// <summary>Treasury tokens: share of pool payouts + bought-back tokens, cumulative. Unit: tokens. Column <c>treasury_tokens</c>.</summary>
    public required IReadOnlyList<double> TreasuryTokens { get; init; }

    /// <summary>Share of capacity on provider aws (AWS Nitro Enclaves). Not applicable (NaN in memory, an empty cell in CSV, null in JSON) with no capacity at all. Unit: fraction. Column <c>aws_capacity_share</c>.</summary>
    public required IReadOnlyList<double> AwsCapacityShare { get; init; }

    /// <summary>Herfindahl–Hirschman index of capacity shares by provider (1 = one provider). Not applicable (NaN in memory, an empty cell in CSV, null in JSON) with no capacity at all. Unit: 0–1. Column <c>provider_concentration_index</c>.</summary>
    public required IReadOnlyList<double> ProviderConcentration { get; init; }

    /// <summary>Per-cohort series, in scenario order.</summary>
    public required IReadOnlyList<CohortResult> Cohorts { get; init; }

    /// <summary>Per-pool series, in scenario order (<c>token.pools</c>).</summary>
    public required IReadOnlyList<PoolResult> Pools { get; init; }

    /// <summary>Per-market series, in scenario order (<c>markets</c>; the rows of <c>markets.csv</c>).</summary>
    public required IReadOnlyList<MarketResult> Markets { get; init; }

    /// <summary>The outside option's price (served-weighted over markets). Unit: USD/inference. Column <c>outside_price_usd</c>.</summary>
    public required IReadOnlyList<double> OutsidePriceUsd { get; init; }

    /// <summary>Requests rejected by the per-request cap. Unit: inferences/month. Column <c>rejected_by_cap_inferences</c>.</summary>
    public required IReadOnlyList<double> RejectedByCap { get; init; }

    /// <summary>Gateways' upstream bill. Unit: USD/month. Column <c>upstream_cost_usd</c>.</summary>
    public required IReadOnlyList<double> UpstreamCostUsd { get; init; }

    /// <summary>1 in a viable month, 0 otherwise (<c>viability</c>). Unit: 0/1. Column <c>viable</c>.</summary>
    public required IReadOnlyList<double> Viable { get; init; }

    /// <summary>Token sold (operators, pools). Unit: USD/month. Column <c>token_sells_usd</c>.</summary>
    public required IReadOnlyList<double> TokenSellsUsd { get; init; }

    /// <summary>Token bought (users' fee OPG, buybacks). Unit: USD/month. Column <c>token_buys_usd</c>.</summary>
    public required IReadOnlyList<double> TokenBuysUsd { get; init; }

    /// <summary>Wallets with a standing Permit2 approval. Unit: wallets. Column <c>permit2_wallets</c>.</summary>
    public required IReadOnlyList<double> Permit2Wallets { get; init; }

    /// <summary>User funds exposed to standing Permit2 approvals. Unit: USD. Column <c>permit2_exposed_usd</c>.</summary>
    public required IReadOnlyList<double> Permit2ExposedUsd { get; init; }

    /// <summary>Nodes of the validator cohorts. Unit: nodes. Column <c>validator_nodes</c>.</summary>
    public required IReadOnlyList<double> ValidatorNodes { get; init; }

    /// <summary>Staking payouts to validator cohorts. Unit: USD/month. Column <c>validator_staking_usd</c>.</summary>
    public required IReadOnlyList<double> ValidatorStakingUsd { get; init; }

    /// <summary>OG-chain gas to validator cohorts. Unit: USD/month. Column <c>validator_gas_usd</c>.</summary>
    public required IReadOnlyList<double> ValidatorGasUsd { get; init; }

    /// <summary>Own costs of validator cohorts. Unit: USD/month. Column <c>validator_costs_usd</c>.</summary>
    public required IReadOnlyList<double> ValidatorCostsUsd { get; init; }

    /// <summary>Validator cohorts' profit. Unit: USD/month. Column <c>validator_profit_usd</c>.</summary>
    public required IReadOnlyList<double> ValidatorProfitUsd { get; init; }

    /// <summary>Swap fees on the gross legs. Unit: USD/month. Column <c>swap_fees_usd</c>.</summary>
    public required IReadOnlyList<double> SwapFeesUsd { get; init; }

    /// <summary>The constant-product pool's USD reserve. Unit: USD. Column <c>pool_usd_reserve</c>.</summary>
    public required IReadOnlyList<double> PoolUsdReserve { get; init; }

    /// <summary>Price over the fundamental path, exp(L). Unit: ratio. Column <c>price_impact_factor</c>.</summary>
    public required IReadOnlyList<double> PriceImpactFactor { get; init; }

    /// <summary>Users' cost of buying the fee's OPG (swap fee). Unit: USD/inference. Column <c>conversion_usd_per_inference</c>.</summary>
    public required IReadOnlyList<double> ConversionPerInference { get; init; }

    /// <summary>The answers.</summary>
    public required SimulationSummary Summary { get; init; }

    /// <summary>Copies a finished run out of <paramref name="ws"/> into an immutable result.</summary>
    public static SimulationResult From(Scenario scenario, SimulationWorkspace ws)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(ws);
        int m = ws.Months;
        var start = MonthCalendar.Parse(scenario.StartMonth);
        var cohorts = new CohortResult[ws.CohortCount];
        for (int c = 0; c < cohorts.Length; c++)
        {
            cohorts[c] = CohortResult.From(scenario.Cohorts[c], ws.Cohorts[c], m);
        }

        return new SimulationResult
        {
            Scenario = scenario,
            Month = Enumerable.Range(0, m).ToArray(),
            Date = Enumerable.Range(0, m).Select(start.AddMonths).ToArray(),
            ReleasedTokens = Copy(ws.ReleasedTokens, m),
            OperatorSubsidyTokens = Copy(ws.OperatorSubsidyTokens, m),
            ValidatorTokens = Copy(ws.ValidatorTokens, m),
            PoolSoldTokens = Copy(ws.PoolSoldTokens, m),
            CirculatingSupply = Copy(ws.CirculatingSupply, m),
            TokenPriceUsd = Copy(ws.TokenPriceUsd, m),
            SellPressureUsd = Copy(ws.SellPressureUsd, m),
            BaseDemand = Copy(ws.BaseDemand, m),
            Demand = Copy(ws.Demand, m),
            LostDemand = Copy(ws.LostDemand, m),
            Capacity = Copy(ws.Capacity, m),
            Served = Copy(ws.Served, m),
            Unserved = Copy(ws.Unserved, m),
            FeeUsd = Copy(ws.FeeUsd, m),
            UserPriceUsd = Copy(ws.UserPriceUsd, m),
            ComputeCostPerInference = Copy(ws.ComputeCostPerInference, m),
            PaymentGasPerInference = Copy(ws.PaymentGasPerInference, m),
            FacilitatorPerInference = Copy(ws.FacilitatorPerInference, m),
            Permit2PerInference = Copy(ws.Permit2PerInference, m),
            SettlementGasPerInference = Copy(ws.SettlementGasPerInference, m),
            WalrusPerInference = Copy(ws.WalrusPerInference, m),
            OperatorRailsPerInference = Copy(ws.OperatorRailsPerInference, m),
            ProtocolRailsPerInference = Copy(ws.ProtocolRailsPerInference, m),
            ExpectedBatchSize = Copy(ws.ExpectedBatchSize, m),
            SettleStalled = Copy(ws.SettleStalled, m),
            BaseRailsUsd = Copy(ws.BaseRailsUsd, m),
            ValidatorGasRevenueUsd = Copy(ws.ValidatorGasRevenueUsd, m),
            WalrusUsd = Copy(ws.WalrusUsd, m),
            UserRailsUsd = Copy(ws.UserRailsUsd, m),
            OperatorRailsUsd = Copy(ws.OperatorRailsUsd, m),
            ProtocolRailsUsd = Copy(ws.ProtocolRailsUsd, m),
            WalrusStoredBytes = Copy(ws.WalrusStoredBytes, m),
            UserPaymentRailsPerInference = Copy(ws.UserPaymentRailsPerInference, m),
            UserSettlementPerInference = Copy(ws.UserSettlementPerInference, m),
            MevTaxPerInference = Copy(ws.MevTaxPerInference, m),
            ProtocolTakePerInference = Copy(ws.ProtocolTakePerInference, m),
            OperatorNetFeePerInference = Copy(ws.OperatorNetFeePerInference, m),
            NodesTotal = Copy(ws.NodesTotal, m),
            RevenueFees = Copy(ws.RevenueFees, m),
            RevenueSubsidy = Copy(ws.RevenueSubsidy, m),
            RevenueMev = Copy(ws.RevenueMev, m),
            OperatorCosts = Copy(ws.OperatorCosts, m),
            OperatorProfit = Copy(ws.OperatorProfit, m),
            ProfitPerNode = Copy(ws.ProfitPerNode, m),
            SubsidyDependence = Copy(ws.SubsidyDependence, m),
            BreakEvenFeeWithoutSubsidy = Copy(ws.BreakEvenFeeWithoutSubsidy, m),
            BreakEvenFeeWithoutSubsidyOrMev = Copy(ws.BreakEvenFeeWithoutSubsidyOrMev, m),
            GasSpendUsd = Copy(ws.GasSpendUsd, m),
            OnchainBytes = Copy(ws.OnchainBytes, m),
            OnchainBytesCumulative = Copy(ws.OnchainBytesCumulative, m),
            StateCarryUsd = Copy(ws.StateCarryUsd, m),
            BuybackUsd = Copy(ws.BuybackUsd, m),
            TreasuryUsd = Copy(ws.TreasuryUsd, m),
            TreasuryTokens = Copy(ws.TreasuryTokens, m),
            AwsCapacityShare = Copy(ws.AwsCapacityShare, m),
            ProviderConcentration = Copy(ws.ProviderConcentration, m),
            Cohorts = cohorts,
            Pools = [.. scenario.Token.Pools.Select((pool, i) => PoolResult.From(pool, ws.Pools[i], m))],
            Markets = [.. scenario.Markets.Select((market, i) => MarketResult.From(market, ws.Markets[i], m))],
            RejectedByCap = Copy(ws.RejectedByCap, m),
            OutsidePriceUsd = Copy(ws.OutsidePriceUsd, m),
            UpstreamCostUsd = Copy(ws.UpstreamCostUsd, m),
            Viable = Copy(ws.Viable, m),
            TokenSellsUsd = Copy(ws.TokenSellsUsd, m),
            TokenBuysUsd = Copy(ws.TokenBuysUsd, m),
            SwapFeesUsd = Copy(ws.SwapFeesUsd, m),
            Permit2Wallets = Copy(ws.Permit2Wallets, m),
            Permit2ExposedUsd = Copy(ws.Permit2ExposedUsd, m),
            ValidatorNodes = Copy(ws.ValidatorNodes, m),
            ValidatorStakingUsd = Copy(ws.ValidatorStakingUsd, m),
            ValidatorGasUsd = Copy(ws.ValidatorGasUsd, m),
            ValidatorCostsUsd = Copy(ws.ValidatorCostsUsd, m),
            ValidatorProfitUsd = Copy(ws.ValidatorProfitUsd, m),
            PoolUsdReserve = Copy(ws.PoolUsdReserve, m),
            PriceImpactFactor = Copy(ws.PriceImpactFactor, m),
            ConversionPerInference = Copy(ws.ConversionPerInference, m),
            Summary = SimulationSummary.From(scenario, ws),
        };
    }

    private static double[] Copy(double[] source, int months) => source.AsSpan(0, months).ToArray();
}

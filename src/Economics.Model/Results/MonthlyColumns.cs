namespace Economics.Model.Results;

/// <summary>The columns of <c>monthly.csv</c> after <c>month</c> and <c>date</c> (and before the
/// <c>nodes_&lt;cohort&gt;</c>, <c>pool_balance_&lt;pool&gt;</c> and <c>pool_payout_&lt;pool&gt;</c> columns): name, unit, meaning and where to read them in a result.</summary>
public static class MonthlyColumns
{
    /// <summary>Every series column, in file order.</summary>
    public static IReadOnlyList<MonthlyColumn> All { get; } =
    [
        new("released_tokens", "tokens/month", "Tokens the pools paid out (all uses).", r => r.ReleasedTokens),
        new("operator_subsidy_tokens", "tokens/month", "Tokens the pools paid to operators (0 when no node can receive them; they stay with the treasury).", r => r.OperatorSubsidyTokens),
        new("validator_tokens", "tokens/month", "Tokens the pools paid to validators and stakers.", r => r.ValidatorTokens),
        new("pool_sold_tokens", "tokens/month", "Pool tokens sold: the market use plus what held and validator recipients sell.", r => r.PoolSoldTokens),
        new("circulating_supply", "tokens", "Circulating supply at month end.", r => r.CirculatingSupply),
        new("token_price_usd", "USD/token", "Token price during the month.", r => r.TokenPriceUsd),
        new("sell_pressure_usd", "USD/month", "Net sell pressure: operator and pool sells minus buyback.", r => r.SellPressureUsd),
        new("base_demand_inferences", "inferences/month", "Base demand before the price response.", r => r.BaseDemand),
        new("demand_inferences", "inferences/month", "Demand after the price response.", r => r.Demand),
        new("lost_demand_inferences", "inferences/month", "Demand lost to the centralized alternative.", r => r.LostDemand),
        new("capacity_inferences", "inferences/month", "Usable capacity of all nodes.", r => r.Capacity),
        new("served_inferences", "inferences/month", "Inferences served.", r => r.Served),
        new("unserved_inferences", "inferences/month", "Demand beyond capacity.", r => r.Unserved),
        new("fee_usd", "USD/inference", "Fee per inference.", r => r.FeeUsd),
        new("user_price_usd", "USD/inference", "The user's all-in price: fee + user-paid rails + MEV tax.", r => r.UserPriceUsd),
        new("compute_cost_usd_per_inference", "USD/inference", "Operator costs except operator-paid gas, per served inference (empty when nothing is served).", r => r.ComputeCostPerInference),
        new("payment_gas_usd_per_inference", "USD/inference", "x402 payment gas per inference, whoever pays.", r => r.PaymentGasPerInference),
        new("facilitator_usd_per_inference", "USD/inference", "x402 facilitator fee per inference, whoever pays.", r => r.FacilitatorPerInference),
        new("permit2_usd_per_inference", "USD/inference", "Permit2 approval gas per inference, whoever pays.", r => r.Permit2PerInference),
        new("settlement_gas_usd_per_inference", "USD/inference", "Settlement gas per inference (all tiers), whoever pays.", r => r.SettlementGasPerInference),
        new("user_payment_rails_usd_per_inference", "USD/inference", "Payment gas + facilitator + Permit2 paid by the user.", r => r.UserPaymentRailsPerInference),
        new("user_settlement_gas_usd_per_inference", "USD/inference", "Settlement gas paid by the user.", r => r.UserSettlementPerInference),
        new("mev_tax_usd_per_inference", "USD/inference", "MEV extracted from users.", r => r.MevTaxPerInference),
        new("protocol_take_usd_per_inference", "USD/inference", "Protocol take.", r => r.ProtocolTakePerInference),
        new("operator_net_fee_usd_per_inference", "USD/inference", "Fee minus protocol take.", r => r.OperatorNetFeePerInference),
        new("nodes_total", "nodes", "Nodes of all cohorts.", r => r.NodesTotal),
        new("revenue_fees_usd", "USD/month", "Operator fee revenue (net of take).", r => r.RevenueFees),
        new("revenue_subsidy_usd", "USD/month", "Operator subsidy revenue (pool payouts at the month.s price).", r => r.RevenueSubsidy),
        new("revenue_mev_usd", "USD/month", "Operator MEV revenue.", r => r.RevenueMev),
        new("operator_costs_usd", "USD/month", "Operator costs: nodes, variable, capital, operator-paid gas.", r => r.OperatorCosts),
        new("operator_profit_usd", "USD/month", "Operator profit.", r => r.OperatorProfit),
        new("profit_per_node_usd", "USD/node-month", "Profit per node (empty with no nodes).", r => r.ProfitPerNode),
        new("subsidy_dependence", "fraction", "Subsidy revenue / (fees + subsidy + MEV); empty with no revenue.", r => r.SubsidyDependence),
        new("breakeven_fee_without_subsidy_usd", "USD/inference", "Fee at which this month's operators break even with zero subsidy (MEV kept); empty when nothing is served.", r => r.BreakEvenFeeWithoutSubsidy),
        new("breakeven_fee_without_subsidy_or_mev_usd", "USD/inference", "Fee at which operators break even with zero subsidy and zero MEV; empty when nothing is served.", r => r.BreakEvenFeeWithoutSubsidyOrMev),
        new("gas_spend_usd", "USD/month", "Gas spent on payments, approvals and settlement.", r => r.GasSpendUsd),
        new("onchain_bytes", "bytes/month", "Permanent on-chain bytes written this month.", r => r.OnchainBytes),
        new("onchain_bytes_cumulative", "bytes", "Permanent on-chain bytes written so far.", r => r.OnchainBytesCumulative),
        new("state_carry_usd", "USD/month", "Cost to full nodes of carrying that state (externality).", r => r.StateCarryUsd),
        new("buyback_usd", "USD/month", "Treasury spend on buybacks.", r => r.BuybackUsd),
        new("treasury_usd", "USD", "Treasury cash: protocol fees − buybacks − protocol-paid gas, cumulative.", r => r.TreasuryUsd),
        new("treasury_tokens", "tokens", "Treasury tokens: share of pool payouts + bought-back tokens, cumulative.", r => r.TreasuryTokens),
        new("aws_capacity_share", "fraction", "Share of capacity on provider aws (AWS Nitro Enclaves); empty with no capacity.", r => r.AwsCapacityShare),
        new("provider_concentration_index", "0–1", "Herfindahl–Hirschman index of capacity shares by provider; empty with no capacity.", r => r.ProviderConcentration),
    ];
}

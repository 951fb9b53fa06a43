namespace Economics.Model.Scenarios;

/// <summary>The x402 facilitator: who submits the Base transactions, what it charges and the fee caps it sets.</summary>
public sealed record FacilitatorAssumptions
{
    /// <summary><c>own</c> (pays gas) or <c>thirdParty</c> (a fee that includes gas).</summary>
    public required FacilitatorKind Kind { get; init; }

    /// <summary>Facilitator transactions a month that cost nothing (third party only; the whole network's free tier:
    /// accounts × free tier per account). Unit: transactions/month. Range: ≥ 0.</summary>
    public required double FreeTransactionsPerMonth { get; init; }

    /// <summary>Price per transaction: a third party's fee beyond the free tier (gas included), or an own
    /// facilitator's running cost on top of gas. Unit: USD/transaction. Range: ≥ 0.</summary>
    public required double UsdPerTransaction { get; init; }

    /// <summary>Max fee per gas the facilitator signs; settles stall in a month whose base fee + priority exceeds it.
    /// Unit: gwei. Range: ≥ 0.</summary>
    public required double MaxFeeGwei { get; init; }

    /// <summary>Priority fee per gas the facilitator pays on top of the base fee (own facilitator). Unit: gwei.
    /// Range: 0 … <c>maxFeeGwei</c>.</summary>
    public required double PriorityFeeGwei { get; init; }
}

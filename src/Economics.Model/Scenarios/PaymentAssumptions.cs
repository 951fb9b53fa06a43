namespace Economics.Model.Scenarios;

/// <summary>x402 payments on Base: the scheme, the gas of a settle and of a Permit2 approval, the facilitator
/// that submits them and who bears the cost.</summary>
/// <remarks>Per request (docs/MODEL.md rule 5): settle <c>txUsd(settleGas)/r</c>, approval
/// <c>txUsd(approvalGas)/requestsPerApproval</c>, facilitator fee; a third-party facilitator's fee replaces the gas
/// of the transactions it submits.</remarks>
public sealed record PaymentAssumptions
{
    /// <summary><c>exact</c>, <c>upto</c> or <c>batchSettlement</c>.</summary>
    public required PaymentScheme Scheme { get; init; }

    /// <summary>Requests paid by one settle (r). <c>exact</c> forces 1. Unit: requests/settle. Range: ≥ 1.</summary>
    public required double RequestsPerSettle { get; init; }

    /// <summary>Gas of one Permit2 signature-transfer settle (<c>exact</c>, <c>upto</c>). Unit: gas units. Range: ≥ 0.</summary>
    public required double SettleGasUnits { get; init; }

    /// <summary>Gas of one <c>batchSettlement</c> settle (per batch). Unit: gas units. Range: ≥ 0.</summary>
    public required double BatchSettleGasUnits { get; init; }

    /// <summary>Gas of one ERC-20 approve to Permit2. Unit: gas units. Range: ≥ 0.</summary>
    public required double ApprovalGasUnits { get; init; }

    /// <summary>Requests covered by one approval (requests per wallet). Unit: requests. Range: ≥ 1.</summary>
    public required double RequestsPerApproval { get; init; }

    /// <summary>OPG (valued in USD) a paying wallet keeps under its standing Permit2 approval: the SDK approves max-uint
    /// (or a multiple of the minimum), so the whole balance is exposed while the approval stands. Unit: USD/wallet.
    /// Range: ≥ 0. Default 0 (not reported).</summary>
    public double WalletBalanceUsd { get; init; }

    /// <summary>Whether the facilitator submits (and pays for) the approval; otherwise each user pays it. A sponsored
    /// approval is never free: it is a facilitator transaction, borne by <c>costBorneBy</c>.</summary>
    public required bool ApprovalSponsored { get; init; }

    /// <summary>The facilitator.</summary>
    public required FacilitatorAssumptions Facilitator { get; init; }

    /// <summary>Who bears the facilitator's cost (settle gas or fee, sponsored approvals): <c>user</c> (on top of the
    /// fee), <c>operator</c> or <c>protocol</c>.</summary>
    public required GasPayer CostBorneBy { get; init; }

    /// <summary>Who bears the facilitator's cost in a month when no pool pays operators (after the subsidy ends, or
    /// before a pool starts): <c>user</c>, <c>operator</c> or <c>protocol</c> (DESIGN rule 7). Absent: <c>costBorneBy</c>
    /// in every month.</summary>
    public GasPayer? PostSubsidyCostBorneBy { get; init; }
}

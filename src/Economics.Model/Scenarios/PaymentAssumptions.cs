namespace Economics.Model.Scenarios;

/// <summary>x402 payments and Permit2 approvals: what paying for inference costs on-chain.</summary>
/// <remarks>Per inference: <c>(gasUsd(paymentGas) + facilitatorFee)/inferencesPerPayment
/// + gasUsd(approvalGas)/inferencesPerApproval</c>.</remarks>
public sealed record PaymentAssumptions
{
    /// <summary>Inferences paid by one x402 settlement (1 = pay per call). Unit: inferences. Range: ≥ 1.</summary>
    public required double InferencesPerPayment { get; init; }

    /// <summary>Gas of one x402 payment settlement (EIP-3009 transferWithAuthorization). Unit: gas units. Range: ≥ 0.</summary>
    public required double PaymentGasUnits { get; init; }

    /// <summary>Facilitator fee per payment. Unit: USD/payment. Range: ≥ 0.</summary>
    public required double FacilitatorFeeUsd { get; init; }

    /// <summary>Gas of one Permit2 approval. Unit: gas units. Range: ≥ 0.</summary>
    public required double Permit2ApprovalGasUnits { get; init; }

    /// <summary>Inferences covered by one approval. Unit: inferences. Range: ≥ 1.</summary>
    public required double InferencesPerApproval { get; init; }

    /// <summary>Who pays payment gas and facilitator fees: <c>user</c>, <c>operator</c> or <c>protocol</c>.</summary>
    public required GasPayer GasPaidBy { get; init; }
}

namespace Economics.Model.Scenarios;

/// <summary>Gas of one settlement event on the OG chain: base + calldata bytes·calldataGasPerByte + log bytes·logGasPerByte
/// (+ the on-chain TEE signature check for <c>settleIndividual</c>). No SSTORE: the contract only emits events.</summary>
public sealed record SettlementEventGas
{
    /// <summary>Intrinsic gas of a transaction. Unit: gas. Range: ≥ 0.</summary>
    public required double BaseGas { get; init; }

    /// <summary>Gas per calldata byte. Unit: gas/byte. Range: ≥ 0.</summary>
    public required double CalldataGasPerByte { get; init; }

    /// <summary>Gas per byte of event data. Unit: gas/byte. Range: ≥ 0.</summary>
    public required double LogGasPerByte { get; init; }

    /// <summary>Gas of the TEE signature check in <c>settleIndividual</c> (INDIVIDUAL_FULL only). Unit: gas. Range: ≥ 0.</summary>
    public required double SignatureVerifyGas { get; init; }
}

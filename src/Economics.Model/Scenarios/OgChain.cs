namespace Economics.Model.Scenarios;

/// <summary>The OpenGradient chain (settlement): gas is paid in OPG and is revenue to its validators.</summary>
public sealed record OgChain
{
    /// <summary>Gas price. Unit: gwei of OPG (1e−9 OPG per gas). Range: ≥ 0.</summary>
    public required double GasPriceGwei { get; init; }
}

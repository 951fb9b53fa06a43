namespace Economics.Model.Scenarios;

/// <summary>Who runs the x402 facilitator that submits the settles.</summary>
public enum FacilitatorKind
{
    /// <summary>The network's own facilitator (OpenGradient/inference-facilitator): it pays Base gas for every settle
    /// (and sponsored approval), plus any <c>usdPerTransaction</c> running cost.</summary>
    Own,

    /// <summary>A third-party facilitator (e.g. Coinbase CDP): a fee per transaction after a monthly free tier, gas
    /// included, so no gas is counted beside it.</summary>
    ThirdParty,
}

namespace Economics.Model.Scenarios;

/// <summary>What a cohort's nodes do (the on-chain TEE registry's node types: LLM_PROXY = 0, VALIDATOR = 1).</summary>
public enum CohortKind
{
    /// <summary>Inference nodes: TEE gateways that proxy hosted models (LLM_PROXY) or serve models themselves. They
    /// serve their markets, earn fees and the operators' pool payouts.</summary>
    Inference,

    /// <summary>Validators (full nodes of the OG chain: verify proofs, run no model): no markets and no capacity; they
    /// earn the pools' <c>validators</c> payouts (staking rewards) and the OG-chain settlement gas, and pay their own
    /// node and capital costs.</summary>
    Validator,
}

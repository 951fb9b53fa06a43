namespace Economics.Model.Scenarios;

/// <summary>What a market sells.</summary>
public enum MarketKind
{
    /// <summary>A hosted provider's model (OpenAI, Anthropic, Google, xAI) proxied by a TEE gateway at list price.</summary>
    HostedProxy,

    /// <summary>An open-weights model served on GPUs (TEE or not); its outside option is open-model hosts.</summary>
    OpenModel,

    /// <summary>On-chain ML/ONNX calls inside transactions (alpha testnet, PIPE): the only kind MEV applies to.</summary>
    OnchainMl,
}

namespace Economics.Model.Scenarios;

/// <summary>Base (the payment chain): L2 base fee, ETH price and the L1 data fee per transaction.</summary>
public sealed record BaseChain
{
    /// <summary>L2 base fee. Unit: gwei. Range: ≥ 0.</summary>
    public required double GasPriceGwei { get; init; }

    /// <summary>Base fee by month (the last value holds); when non-empty it replaces <c>gasPriceGwei</c>.
    /// Unit: gwei. Each ≥ 0. Default: empty.</summary>
    public IReadOnlyList<double> GasPriceGweiByMonth { get; init; } = [];

    /// <summary>ETH price. Unit: USD/ETH. Range: &gt; 0.</summary>
    public required double EthUsd { get; init; }

    /// <summary>L1 data fee per L2 transaction. Unit: USD/transaction. Range: ≥ 0.</summary>
    public required double L1DataFeeUsdPerTx { get; init; }
}

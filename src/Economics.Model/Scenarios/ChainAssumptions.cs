namespace Economics.Model.Scenarios;

/// <summary>The settlement chain (Base): gas price, ETH price, L1 data fee.</summary>
/// <remarks><c>gasUsd(g) = g·gwei·1e−9·ethUsd + l1DataFeeUsdPerTx</c>.</remarks>
public sealed record ChainAssumptions
{
    /// <summary>L2 gas price. Unit: gwei. Range: ≥ 0.</summary>
    public required double GasPriceGwei { get; init; }

    /// <summary>Gas price by month (the last value holds); when non-empty it replaces <c>gasPriceGwei</c>.
    /// Unit: gwei. Each ≥ 0. Default: empty.</summary>
    public IReadOnlyList<double> GasPriceGweiByMonth { get; init; } = [];

    /// <summary>ETH price. Unit: USD/ETH. Range: &gt; 0.</summary>
    public required double EthUsd { get; init; }

    /// <summary>L1 data fee per L2 transaction. Unit: USD/transaction. Range: ≥ 0.</summary>
    public required double L1DataFeeUsdPerTx { get; init; }
}

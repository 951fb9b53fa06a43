using Economics.Model.Engine;

namespace Economics.Analysis.MonteCarlo;

/// <summary>The per-month series whose percentiles Monte Carlo streams, named as their <c>monthly.csv</c> columns.</summary>
public static class MonteCarloSeries
{
    /// <summary>The series, in output order: column name, unit, and where a run writes it.</summary>
    public static IReadOnlyList<(string Name, string Unit, Func<SimulationWorkspace, double[]> Read)> All { get; } =
    [
        ("token_price_usd", "USD/token", ws => ws.TokenPriceUsd),
        ("nodes_total", "nodes", ws => ws.NodesTotal),
        ("subsidy_dependence", "fraction", ws => ws.SubsidyDependence),
        ("profit_per_node_usd", "USD/node-month", ws => ws.ProfitPerNode),
        ("user_price_usd", "USD/inference", ws => ws.UserPriceUsd),
        ("breakeven_fee_without_subsidy_usd", "USD/inference", ws => ws.BreakEvenFeeWithoutSubsidy),
    ];

    /// <summary>The percentiles reported for every series and month.</summary>
    public static IReadOnlyList<double> Probabilities { get; } = [0.05, 0.25, 0.50, 0.75, 0.95];

    /// <summary>Column suffixes of <see cref="Probabilities"/>.</summary>
    public static IReadOnlyList<string> PercentileNames { get; } = ["p5", "p25", "p50", "p75", "p95"];
}

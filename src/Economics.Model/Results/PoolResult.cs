using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Results;

/// <summary>The per-month series of one token pool (columns <c>pool_balance_&lt;name&gt;</c>,
/// <c>pool_payout_&lt;name&gt;</c> and <c>pool_runway_&lt;name&gt;</c>).</summary>
public sealed record PoolResult
{
    /// <summary>The pool's name.</summary>
    public required string Name { get; init; }

    /// <summary>Tokens that became available. Unit: tokens/month.</summary>
    public required IReadOnlyList<double> Vested { get; init; }

    /// <summary>Unspent available balance at month end. Unit: tokens.</summary>
    public required IReadOnlyList<double> Balance { get; init; }

    /// <summary>Tokens spent (all uses). Unit: tokens/month.</summary>
    public required IReadOnlyList<double> Payout { get; init; }

    /// <summary>Runway at this month's payout: balance / payout (DESIGN rule 1; vested-but-unspent tokens only, so a
    /// pool that still vests lasts longer); NaN (not applicable) when it pays nothing. Unit: months. Column
    /// <c>pool_runway_&lt;name&gt;</c>.</summary>
    public required IReadOnlyList<double> RunwayMonths { get; init; }

    /// <summary>Tokens paid to inference operators. Unit: tokens/month.</summary>
    public required IReadOnlyList<double> OperatorPayout { get; init; }

    /// <summary>First month from which the pool pays operators nothing to the end of the horizon; null if it still
    /// pays in the last month or never pays operators (see <see cref="PaysOperators"/>).</summary>
    public required int? SubsidyEndMonth { get; init; }

    /// <summary>Whether the pool's <c>use.operators</c> share is positive.</summary>
    public required bool PaysOperators { get; init; }

    internal static PoolResult From(TokenPool pool, PoolArrays arrays, int months)
    {
        bool pays = pool.Use.Operators > 0;
        return new PoolResult
        {
            Name = pool.Name,
            Vested = arrays.Vested.AsSpan(0, months).ToArray(),
            Balance = arrays.Balance.AsSpan(0, months).ToArray(),
            Payout = arrays.Payout.AsSpan(0, months).ToArray(),
            OperatorPayout = arrays.OperatorPayout.AsSpan(0, months).ToArray(),
            RunwayMonths = [.. Enumerable.Range(0, months).Select(t => arrays.Payout[t] > 0 ? arrays.Balance[t] / arrays.Payout[t] : double.NaN)],
            SubsidyEndMonth = pays ? SimulationSummary.PayoutEnd(arrays.OperatorPayout, months) : null,
            PaysOperators = pays,
        };
    }
}

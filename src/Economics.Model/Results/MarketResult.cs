using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Results;

/// <summary>The per-month series of one market (the rows of <c>markets.csv</c>).</summary>
public sealed record MarketResult
{
    /// <summary>The market's name.</summary>
    public required string Name { get; init; }

    /// <summary>The market's kind.</summary>
    public required MarketKind Kind { get; init; }

    /// <summary>Base demand. Unit: requests/month.</summary>
    public required IReadOnlyList<double> BaseDemand { get; init; }

    /// <summary>Share of base demand that accepts the all-in price (after partial adjustment). Unit: fraction.</summary>
    public required IReadOnlyList<double> AcceptedShare { get; init; }

    /// <summary>Demand: base × accepted share. Unit: requests/month.</summary>
    public required IReadOnlyList<double> Demand { get; init; }

    /// <summary>Requests rejected by the per-request cap. Unit: requests/month.</summary>
    public required IReadOnlyList<double> Rejected { get; init; }

    /// <summary>Requests served. Unit: requests/month.</summary>
    public required IReadOnlyList<double> Served { get; init; }

    /// <summary>Payable demand with no capacity. Unit: requests/month.</summary>
    public required IReadOnlyList<double> Unserved { get; init; }

    /// <summary>Base demand lost to the outside option. Unit: requests/month.</summary>
    public required IReadOnlyList<double> Lost { get; init; }

    /// <summary>Fee per served request. Unit: USD/request.</summary>
    public required IReadOnlyList<double> Fee { get; init; }

    /// <summary>The user's all-in price. Unit: USD/request.</summary>
    public required IReadOnlyList<double> UserPrice { get; init; }

    /// <summary>The outside option's price. Unit: USD/request.</summary>
    public required IReadOnlyList<double> OutsidePrice { get; init; }

    /// <summary>Mean list cost of a served request. Unit: USD/request.</summary>
    public required IReadOnlyList<double> CostPerServed { get; init; }

    internal static MarketResult From(Market market, MarketArrays a, int months) => new()
    {
        Name = market.Name,
        Kind = market.Kind,
        BaseDemand = a.BaseDemand.AsSpan(0, months).ToArray(),
        AcceptedShare = a.AcceptedShare.AsSpan(0, months).ToArray(),
        Demand = a.Demand.AsSpan(0, months).ToArray(),
        Rejected = a.Rejected.AsSpan(0, months).ToArray(),
        Served = a.Served.AsSpan(0, months).ToArray(),
        Unserved = a.Unserved.AsSpan(0, months).ToArray(),
        Lost = a.Lost.AsSpan(0, months).ToArray(),
        Fee = a.Fee.AsSpan(0, months).ToArray(),
        UserPrice = a.UserPrice.AsSpan(0, months).ToArray(),
        OutsidePrice = a.OutsidePrice.AsSpan(0, months).ToArray(),
        CostPerServed = a.CostPerServed.AsSpan(0, months).ToArray(),
    };
}

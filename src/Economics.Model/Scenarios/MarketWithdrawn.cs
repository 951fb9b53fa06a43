namespace Economics.Model.Scenarios;

/// <summary>A provider forbids proxying its models: the market has no demand while the event lasts.</summary>
public sealed record MarketWithdrawn : ScenarioEvent
{
    /// <summary>The market's name, as in <see cref="Market.Name"/>.</summary>
    public required string Market { get; init; }
}

namespace Economics.Model.Scenarios;

/// <summary>An uncertain input: a numeric field (by JSON path) drawn from a distribution, clipped to bounds.</summary>
public sealed record UncertainInput
{
    /// <summary>JSON path of a numeric field, e.g. <c>token.pools[0].share</c> or <c>cohorts[0].gpuHourlyUsd</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The distribution of the field's value.</summary>
    public required Distribution Distribution { get; init; }

    /// <summary>Lower bound draws are clipped to. Null: unbounded.</summary>
    public double? Min { get; init; }

    /// <summary>Upper bound draws are clipped to. Null: unbounded.</summary>
    public double? Max { get; init; }
}

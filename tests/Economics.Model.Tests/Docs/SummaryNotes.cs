namespace Economics.Model.Tests.Docs;

/// <summary>
/// What null means for each nullable summary.json key, for docs/MODEL.md. <see cref="ModelDocTests"/> checks that
/// exactly the nullable properties of <see cref="Results.SimulationSummary"/> are listed.
/// </summary>
internal static class SummaryNotes
{
    /// <summary>Null meaning by camelCase key.</summary>
    public static IReadOnlyDictionary<string, string> NullMeaning { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["subsidyEndMonth"] = "emissions still flow in the last month",
        ["viabilityCliffMonth"] = "nodes never fall below half their running peak",
        ["firstLossMonthWithoutSubsidy"] = "no loss at or after the subsidy end month, or emissions never end",
        ["firstLossMonth"] = "operators never make a loss",
        ["survivingNodeShare"] = "no nodes at month 0",
        ["peakSubsidyDependence"] = "no month has operator revenue",
        ["peakSubsidyDependenceMonth"] = "no month has operator revenue",
        ["endSubsidyDependence"] = "no operator revenue in the last month",
        ["breakEvenFeeAtSubsidyEndUsd"] = "nothing served in the reference month",
        ["requiredFeeIncreaseFactor"] = "nothing served in the reference month, or its fee is 0",
        ["breakEvenFeeEndUsd"] = "nothing served in the last month",
        ["demandLostShare"] = "base demand is 0 over the whole horizon",
        ["demandUnservedShare"] = "demand is 0 over the whole horizon",
        ["peakAwsCapacityShare"] = "no capacity in any month",
        ["providerConcentrationIndex"] = "no capacity in any month",
    };
}

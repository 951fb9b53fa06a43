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
        ["subsidyEndMonth"] = "a pool still pays operators in the last month",
        ["viabilityCliffMonth"] = "the network is never non-viable after a viable month",
        ["firstViableMonth"] = "the network is never viable",
        ["breakEvenMarkupFraction"] = "no markup up to 2,000% covers own costs, or no market passes its list price through",
        ["revenueMaximizingMarkup"] = "no market passes its list price through",
        ["rejectedByCapShare"] = "demand is 0 over the whole horizon",
        ["firstLossMonthWithoutSubsidy"] = "no loss at or after the subsidy end month, or the subsidy never ends",
        ["firstLossMonth"] = "operators never make a loss",
        ["survivingNodeShare"] = "no nodes at month 0",
        ["userPriceVsOutside"] = "the outside price of the reference month is 0, or the ratio overflows (an outside price under about 1e-300 USD)",
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

using System.Globalization;
using Economics.Analysis.Text;

namespace Economics.Analysis.Builder;

/// <summary>What a builder must know before reading the quote: which calls it covers and whether the network serves
/// them. Shared by the terminal and the report.</summary>
public static class BuilderText
{
    /// <summary>Below this share of its payable calls served, the network's quote is one most calls cannot get. Unit: fraction.</summary>
    public const double ShortOfCapacityBelow = 0.9;

    /// <summary>The caveats of a quote, each a sentence; empty when none applies: the cap's rejections (the quote is for
    /// the calls under it, whose direct price is lower than an average call's), and capacity short of the payable calls.</summary>
    public static IReadOnlyList<string> Caveats(BuilderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var caveats = new List<string>(2);
        if (result.CapRejectedFraction > 0)
        {
            caveats.Add(Invariant($"In {result.Date:yyyy-MM} the per-request cap (fees.maxOpgPerRequest) rejects {HumanFormat.Percent(result.CapRejectedFraction)} of {result.Market}'s calls, the largest first: the costs are those of the calls under the cap, whose direct price is {HumanFormat.Usd(BuilderCost.Per1000(result.Cost.Direct))} per 1,000 against {HumanFormat.Usd(BuilderCost.Per1000(result.DirectAllCalls))} for the scenario's average call (docs/MODEL.md rule 3)."));
        }

        if (result.ServedFraction < ShortOfCapacityBelow)
        {
            caveats.Add(Invariant($"In {result.Date:yyyy-MM} the network serves only {HumanFormat.Percent(result.ServedFraction)} of the {result.Market} calls users would pay for (capacity is short: markets.csv unserved): most calls at this price would not be served."));
        }

        return caveats;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

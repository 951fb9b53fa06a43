using Economics.Model.Scenarios;

namespace Economics.Model.Validation;

/// <summary>The range rules of markets, fee policies and viability.</summary>
public static partial class ScenarioValidator
{
    private static void ValidateMarkets(Scenario scenario, ProblemList p)
    {
        var markets = scenario.Markets;
        p.NotEmpty("markets", markets);
        p.MaxLength("markets", markets, MaxListLength);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < markets.Count; i++)
        {
            var m = markets[i];
            string at = $"markets[{i}]";
            if (!CohortNamePattern().IsMatch(m.Name))
            {
                p.Add($"{at}.name", $"is {ProblemList.Quote(m.Name)}; use lower-case letters, digits and '_' (it names rows of markets.csv)");
            }
            else if (!seen.Add(m.Name))
            {
                p.Add($"{at}.name", $"'{m.Name}' is used by an earlier market; market names must be unique");
            }

            p.NonNegative($"{at}.inputTokens", m.InputTokens);
            p.NonNegative($"{at}.outputTokens", m.OutputTokens);
            p.NonNegative($"{at}.listUsdPerMillionInput", m.ListUsdPerMillionInput);
            p.NonNegative($"{at}.listUsdPerMillionOutput", m.ListUsdPerMillionOutput);
            if (m.OutsideUsdPerInference is { } outside)
            {
                p.AtLeast($"{at}.outsideUsdPerInference", outside, MinOutsideUsdPerInference);
            }
            else if (m.InputTokens >= 0 && m.OutputTokens >= 0 && m.ListUsdPerMillionInput >= 0 && m.ListUsdPerMillionOutput >= 0
                && !(m.ListUsdPerRequest >= MinOutsideUsdPerInference))
            {
                p.Add($"{at}.listUsdPerMillionInput", $"gives a list price of {ProblemList.Show(m.ListUsdPerRequest)} USD per request; the outside price must be at least {ProblemList.Show(MinOutsideUsdPerInference)} (set outsideUsdPerInference, or token prices and counts)");
            }

            ValidateMarketDemand($"{at}.demand", m.Demand, scenario.HorizonMonths, p);
            var w = m.WillingnessToPay;
            p.Between($"{at}.willingnessToPay.medianPremium", w.MedianPremium, MinDivisorShare, MaxPremium);
            p.Between($"{at}.willingnessToPay.spread", w.Spread, 0, MaxSpread);
            p.Between($"{at}.willingnessToPay.zeroValueShare", w.ZeroValueShare, 0, 1 - MinDivisorShare);
            p.Between($"{at}.willingnessToPay.frictionFraction", w.FrictionFraction, 0, MaxPremium);
            p.Between($"{at}.requestCostSpread", m.RequestCostSpread, 0, MaxRequestCostSpread);
            if (m.FeePolicy is { } policy)
            {
                ValidatePolicy($"{at}.feePolicy", policy, p);
            }
        }
    }

    /// <summary>Largest request-cost spread (σ); wider lognormals put nearly all cost in a few requests. Unit: dimensionless.</summary>
    public const double MaxRequestCostSpread = 5;

    private static void ValidateMarketDemand(string at, MarketDemand demand, int horizonMonths, ProblemList p)
    {
        p.NonNegative($"{at}.initialInferencesPerMonth", demand.InitialInferencesPerMonth);
        p.Between($"{at}.adjustmentPerMonth", demand.AdjustmentPerMonth, MinDivisorShare, 1);
        switch (demand.Growth)
        {
            case CompoundGrowth c:
                p.BetweenExclusiveMin($"{at}.growth.monthlyRate", c.MonthlyRate, -1, MaxMonthlyRate);
                CheckCompoundEnd($"{at}.growth.monthlyRate", demand.InitialInferencesPerMonth, c.MonthlyRate, horizonMonths, p);
                break;
            case LogisticGrowth l:
                p.Between($"{at}.growth.monthlyRate", l.MonthlyRate, 0, MaxMonthlyRate);
                p.Positive($"{at}.growth.saturationInferencesPerMonth", l.SaturationInferencesPerMonth);
                break;
            case TableGrowth t:
                p.NotEmpty($"{at}.growth.inferencesPerMonth", t.InferencesPerMonth);
                p.MaxLength($"{at}.growth.inferencesPerMonth", t.InferencesPerMonth, MaxTableLength);
                p.EachNonNegative($"{at}.growth.inferencesPerMonth", t.InferencesPerMonth);
                break;
        }
    }

    private static void ValidatePolicy(string at, FeePolicy policy, ProblemList p)
    {
        switch (policy)
        {
            case PassThroughFee pass:
                p.Between($"{at}.markupFraction", pass.MarkupFraction, 0, MaxPremium);
                break;
            case FixedFee f:
                p.NonNegative($"{at}.usdPerInference", f.UsdPerInference);
                break;
            case CostPlusFee c:
                p.NonNegative($"{at}.marginFraction", c.MarginFraction);
                p.Between($"{at}.targetUtilization", c.TargetUtilization, MinDivisorShare, 1);
                break;
            case SubsidyAwareFee s:
                p.NonNegative($"{at}.marginFraction", s.MarginFraction);
                p.Between($"{at}.targetUtilization", s.TargetUtilization, MinDivisorShare, 1);
                p.NonNegative($"{at}.floorUsdPerInference", s.FloorUsdPerInference);
                break;
        }
    }

    private static void ValidateViability(ViabilityRule rule, ProblemList p)
    {
        p.Fraction("viability.minServedShare", rule.MinServedShare);
        p.NonNegative("viability.redundancyFloor", rule.RedundancyFloor);
        p.IntBetween("viability.profitMonths", rule.ProfitMonths, 1, MaxLagMonths);
        p.NonNegative("viability.minValidators", rule.MinValidators);
    }
}

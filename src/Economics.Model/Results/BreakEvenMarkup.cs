using Economics.Model.Engine;
using Economics.Model.Scenarios;

namespace Economics.Model.Results;

/// <summary>
/// The markup on list prices at which operators break even with no subsidy (DESIGN "breakEvenMarkupFraction"),
/// evaluated at the nodes and base demand of one month.
/// </summary>
/// <remarks>
/// For a markup m on every <c>passThrough</c> market k (other markets keep their month's fee margin):
/// margin per served request μ_k(m) = c_k(m)·(m·(1 − take) + d) − r, c_k(m) the list cost of a served request under the
/// cap at markup m (rule 3's truncated mean at the month's token price), d the
/// served-weighted upstream discount of the cohorts and r the rails the protocol bore per served request that month
/// (DESIGN: with no subsidy, operators must also pay the rails the protocol's facilitator pays today); served requests D_k(m) = B_k·S_k(x_k(m))·(1 − q_k(m)) at the steady
/// accepting share S_k of x_k(m) = (c_k(m)·(1 + m)·(1 + swapFee·tok) + userRails)/(o_k·c_k(m)/list_k) − 1 and the cap's rejected share q_k at the month's token
/// price. Margin(m) = Σ_k μ_k(m)·D_k(m). Break-even: the smallest m ∈ [0, <see cref="MaxMarkup"/>] with
/// Margin(m) ≥ own costs (the month's own costs of all cohorts); the first sign change on a grid of
/// <see cref="GridPoints"/> points, refined by bisection. Null when even the revenue-maximizing markup misses.
/// </remarks>
public static class BreakEvenMarkup
{
    /// <summary>Largest markup searched. Unit: fraction (20 = 21× list).</summary>
    public const double MaxMarkup = 20;

    /// <summary>Grid points on [0, MaxMarkup].</summary>
    public const int GridPoints = 2001;

    /// <summary>(break-even markup or null, revenue-maximizing markup or null when no market is passThrough).</summary>
    public static (double? BreakEven, double? RevenueMaximizing) Solve(Scenario scenario, SimulationWorkspace ws, int month)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(ws);
        double own = 0.0, upstream = 0.0, hostedList = 0.0;
        for (int c = 0; c < ws.CohortCount; c++)
        {
            if (scenario.Cohorts[c].Kind == CohortKind.Validator)
            {
                continue;
            }

            own += ws.Cohorts[c].Costs[month] - ws.Cohorts[c].Upstream[month];
            upstream += ws.Cohorts[c].Upstream[month];
        }

        bool any = false;
        for (int k = 0; k < scenario.Markets.Count; k++)
        {
            var market = scenario.Markets[k];
            if (market.Kind == MarketKind.HostedProxy)
            {
                hostedList += ws.Markets[k].Served[month] * ws.Markets[k].CostPerServed[month];
            }

            any |= (market.FeePolicy ?? scenario.Fees.Policy) is PassThroughFee;
        }

        if (!any)
        {
            return (null, null);
        }

        double discount = hostedList > 0 ? Math.Clamp(1.0 - (upstream / hostedList), 0.0, 1.0) : 0.0;
        double price = ws.TokenPriceUsd[month];
        double userRails = ws.UserPaymentRailsPerInference[month] + ws.UserSettlementPerInference[month];
        double protocolRails = ws.Served[month] > 0 ? ws.ProtocolRailsUsd[month] / ws.Served[month] : 0.0;
        var markets = MarketConstants.For(scenario);
        double Margin(double m) => MarginAt(scenario, markets, ws, month, m, discount, price, userRails, protocolRails);

        double step = MaxMarkup / (GridPoints - 1);
        double bestM = 0.0, best = double.NegativeInfinity, lastM = 0.0;

        // Grid point 0 is markup 0 (0·step = 0): its margin decides whether 0 is the root.
        double atZero = Margin(0.0);
        double? root = atZero - own >= 0 ? 0.0 : null;
        for (int i = 0; i < GridPoints; i++)
        {
            double m = i * step;
            double margin = i == 0 ? atZero : Margin(m);
            if (margin > best)
            {
                best = margin;
                bestM = m;
            }

            double gap = margin - own;
            if (root is null && gap >= 0 && i > 0)
            {
                double lo = lastM, hi = m;
                for (int b = 0; b < 60; b++)
                {
                    double mid = 0.5 * (lo + hi);
                    if (Margin(mid) - own >= 0)
                    {
                        hi = mid;
                    }
                    else
                    {
                        lo = mid;
                    }
                }

                root = hi;
            }

            lastM = m;
        }

        return (root, bestM);
    }

    private static double MarginAt(Scenario scenario, MarketConstants constants, SimulationWorkspace ws, int month, double markup, double discount, double price, double userRails, double protocolRails)
    {
        double take = constants.Take;
        double conversion = constants.Conversion;
        double total = 0.0;
        for (int k = 0; k < scenario.Markets.Count; k++)
        {
            var market = scenario.Markets[k];
            var a = ws.Markets[k];
            if (!constants.PassThrough[k])
            {
                total += a.Served[month] * (a.Fee[month] - a.Take[month] - protocolRails);
                continue;
            }

            // As rule 3: the cap at this markup cuts the largest requests; the served ones cost the truncated mean and
            // their outside price is scaled by the same ratio.
            double rejected = Rejected(scenario, market, markup, price, out double cost);
            double list = market.ListUsdPerRequest;
            double outside = list > 0 ? market.OutsideUsdPerRequest * (cost / list) : market.OutsideUsdPerRequest;
            var wtp = market.WillingnessToPay;
            double x = ((cost * (1.0 + markup) * conversion) + userRails) / outside - 1.0;
            double share = (1.0 - wtp.ZeroValueShare) * NormalCdf.LognormalSurvival(x + wtp.FrictionFraction, wtp.MedianPremium, constants.LogMedianPremium[k], wtp.Spread);
            double served = a.BaseDemand[month] * share * (1.0 - rejected);
            double upstreamShare = market.Kind == MarketKind.HostedProxy ? 1.0 - discount : 0.0;
            total += served * ((cost * ((1.0 + markup) - (take * markup) - upstreamShare)) - protocolRails);
        }

        return total;
    }

    // The cap's rejected share at this markup (rule 3) and the mean list cost of a served request.
    private static double Rejected(Scenario scenario, Market market, double markup, double price, out double costPerServed)
    {
        double mean = market.ListUsdPerRequest;
        costPerServed = mean;
        if (scenario.Fees.PaidIn != FeeCurrency.Token || scenario.Fees.MaxOpgPerRequest is not { } cap)
        {
            return 0.0;
        }

        return RequestCap.Rejected(mean, cap * price / (1.0 + markup), market.RequestCostSpread, out costPerServed);
    }

    // What MarginAt reads of the scenario at every markup, computed once per search: the take rate, the conversion
    // factor, which markets are passThrough and ln(medianPremium) of each market (the same bits as computing them per call).
    private sealed record MarketConstants(double Take, double Conversion, bool[] PassThrough, double[] LogMedianPremium)
    {
        public static MarketConstants For(Scenario scenario)
        {
            var markets = scenario.Markets;
            var passThrough = new bool[markets.Count];
            var logMedian = new double[markets.Count];
            for (int k = 0; k < markets.Count; k++)
            {
                passThrough[k] = (markets[k].FeePolicy ?? scenario.Fees.Policy) is PassThroughFee;
                logMedian[k] = Math.Log(markets[k].WillingnessToPay.MedianPremium);
            }

            return new MarketConstants(scenario.Fees.ProtocolTakeRate, Engine.Conversion.Factor(scenario), passThrough, logMedian);
        }
    }
}

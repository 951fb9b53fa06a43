using System.Buffers;
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

    /// <summary>Whether a revenue-maximizing markup is the last grid point, <see cref="MaxMarkup"/>: the margin is still
    /// rising where the search ends, so it is "the largest markup searched", not a peak.</summary>
    /// <param name="markup">A markup from <see cref="Solve"/>. Unit: fraction.</param>
    public static bool IsAtSearchEnd(double markup) => markup >= MaxMarkup - (0.5 * MaxMarkup / (GridPoints - 1));

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
        var terms = new MarginTerms(scenario, ws, month, discount, price, userRails, protocolRails);

        double step = MaxMarkup / (GridPoints - 1);

        // The margins at every grid point, market by market over the whole grid (see MarginTerms.AtGrid). Grid point 0
        // is markup 0 (0·step = 0): its margin decides whether 0 is the root.
        double[] margins = ArrayPool<double>.Shared.Rent(GridPoints);
        try
        {
            terms.AtGrid(step, margins.AsSpan(0, GridPoints));
            return Search(margins, step, own, terms.At);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(margins);
        }
    }

    // The grid scan (best margin, first crossing of own costs) and the bisection of the crossing's grid interval.
    private static (double? BreakEven, double? RevenueMaximizing) Search(double[] margins, double step, double own, Func<double, double> marginAt)
    {
        double bestM = 0.0, best = double.NegativeInfinity, lastM = 0.0;
        double? root = margins[0] - own >= 0 ? 0.0 : null;
        for (int i = 0; i < GridPoints; i++)
        {
            double m = i * step;
            double margin = margins[i];
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
                    if (marginAt(mid) - own >= 0)
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

    // Margin(m) of one search: everything that does not depend on the markup m is read from the scenario and the
    // month once (the same expressions, so the same bits as reading them at each of the grid and bisection points).
    private sealed class MarginTerms
    {
        private readonly int _count;
        private readonly bool[] _passThrough;
        private readonly double[] _fixedMargin;
        private readonly double[] _list;
        private readonly double[] _outside;
        private readonly double[] _acceptingShare;
        private readonly double[] _friction;
        private readonly double[] _medianPremium;
        private readonly double[] _logMedianPremium;
        private readonly double[] _spread;
        private readonly double[] _requestCostSpread;
        private readonly double[] _baseDemand;
        private readonly double[] _upstreamShare;
        private readonly double _take;
        private readonly double _conversion;
        private readonly bool _capApplies;
        private readonly double _capUsd;
        private readonly double _userRails;
        private readonly double _protocolRails;

        public MarginTerms(Scenario scenario, SimulationWorkspace ws, int month, double discount, double price, double userRails, double protocolRails)
        {
            var markets = scenario.Markets;
            int n = _count = markets.Count;
            _passThrough = new bool[n];
            _fixedMargin = new double[n];
            _list = new double[n];
            _outside = new double[n];
            _acceptingShare = new double[n];
            _friction = new double[n];
            _medianPremium = new double[n];
            _logMedianPremium = new double[n];
            _spread = new double[n];
            _requestCostSpread = new double[n];
            _baseDemand = new double[n];
            _upstreamShare = new double[n];
            for (int k = 0; k < n; k++)
            {
                var market = markets[k];
                var a = ws.Markets[k];
                var wtp = market.WillingnessToPay;
                _passThrough[k] = (market.FeePolicy ?? scenario.Fees.Policy) is PassThroughFee;
                _fixedMargin[k] = a.Served[month] * (a.Fee[month] - a.Take[month] - protocolRails);
                _list[k] = market.ListUsdPerRequest;
                _outside[k] = market.OutsideUsdPerRequest;
                _acceptingShare[k] = 1.0 - wtp.ZeroValueShare;
                _friction[k] = wtp.FrictionFraction;
                _medianPremium[k] = wtp.MedianPremium;
                _logMedianPremium[k] = Math.Log(wtp.MedianPremium);
                _spread[k] = wtp.Spread;
                _requestCostSpread[k] = market.RequestCostSpread;
                _baseDemand[k] = a.BaseDemand[month];
                _upstreamShare[k] = market.Kind == MarketKind.HostedProxy ? 1.0 - discount : 0.0;
            }

            _take = scenario.Fees.ProtocolTakeRate;
            _conversion = Engine.Conversion.Factor(scenario);
            _capApplies = scenario.Fees.PaidIn == FeeCurrency.Token && scenario.Fees.MaxOpgPerRequest is not null;
            _capUsd = (scenario.Fees.MaxOpgPerRequest ?? 0.0) * price;
            _userRails = userRails;
            _protocolRails = protocolRails;
        }

        // Σ over markets: passThrough markets at markup m (as rule 3: the cap at this markup cuts the largest
        // requests; the served ones cost the truncated mean and their outside price is scaled by the same ratio),
        // the others at their month's fee margin.
        public double At(double markup)
        {
            double total = 0.0;
            for (int k = 0; k < _count; k++)
            {
                if (!_passThrough[k])
                {
                    total += _fixedMargin[k];
                    continue;
                }

                double rejected = Rejected(k, markup, out double cost);
                total += PassThroughMargin(k, markup, rejected, cost);
            }

            return total;
        }

        // margins[i] = At(i·step), the same bits, computed market by market over the whole grid and each market in
        // two passes (the cap, then demand and margin): the grid points are independent, so each pass is a loop
        // whose iterations the processor overlaps, where At point by point waits on one chain of logarithms and
        // error functions after another. Each point still adds the markets in order k = 0, 1, …
        public void AtGrid(double step, Span<double> margins)
        {
            int points = margins.Length;
            margins.Clear();
            double[] costs = ArrayPool<double>.Shared.Rent(points);
            double[] rejectedShares = ArrayPool<double>.Shared.Rent(points);
            try
            {
                for (int k = 0; k < _count; k++)
                {
                    if (!_passThrough[k])
                    {
                        for (int i = 0; i < points; i++)
                        {
                            margins[i] += _fixedMargin[k];
                        }

                        continue;
                    }

                    for (int i = 0; i < points; i++)
                    {
                        rejectedShares[i] = Rejected(k, i * step, out costs[i]);
                    }

                    for (int i = 0; i < points; i++)
                    {
                        margins[i] += PassThroughMargin(k, i * step, rejectedShares[i], costs[i]);
                    }
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(costs);
                ArrayPool<double>.Shared.Return(rejectedShares);
            }
        }

        // The cap's rejected share of passThrough market k at this markup (rule 3) and the mean list cost of a served request.
        private double Rejected(int k, double markup, out double cost)
        {
            cost = _list[k];
            return _capApplies ? RequestCap.Rejected(_list[k], _capUsd / (1.0 + markup), _requestCostSpread[k], out cost) : 0.0;
        }

        // Market k's margin μ_k(m)·D_k(m) at markup m, given the cap's rejected share and served cost at m.
        private double PassThroughMargin(int k, double markup, double rejected, double cost)
        {
            double list = _list[k];
            double outside = list > 0 ? _outside[k] * (cost / list) : _outside[k];
            double x = ((cost * (1.0 + markup) * _conversion) + _userRails) / outside - 1.0;
            double share = _acceptingShare[k] * NormalCdf.LognormalSurvival(x + _friction[k], _medianPremium[k], _logMedianPremium[k], _spread[k]);
            double served = _baseDemand[k] * share * (1.0 - rejected);
            return served * ((cost * ((1.0 + markup) - (_take * markup) - _upstreamShare[k])) - _protocolRails);
        }
    }
}

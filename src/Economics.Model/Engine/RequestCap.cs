namespace Economics.Model.Engine;

/// <summary>The per-request OPG cap on lognormal request costs (DESIGN rule 3), shared by the demand rule and the
/// break-even markup: requests cost c ~ LogNormal(mean c̄, σ) and pay c·(1 + markup); those above
/// K = cap·price/(1 + markup) cannot be paid.</summary>
public static class RequestCap
{
    /// <summary>The rejected share 1 − Φ((ln(K/c̄) + σ²/2)/σ) and the mean cost of a served request
    /// c̄·Φ((ln(K/c̄) − σ²/2)/σ)/Φ((ln(K/c̄) + σ²/2)/σ); σ = 0 rejects all (c̄ &gt; K) or none; c̄ = 0 rejects none.</summary>
    /// <param name="meanCost">c̄, the mean list cost of a request. Unit: USD/request.</param>
    /// <param name="limit">K, the largest payable list cost. Unit: USD/request.</param>
    /// <param name="sigma">σ, the lognormal spread of request cost. Unit: dimensionless.</param>
    /// <param name="costPerServed">The mean list cost of a served request (c̄ when nothing is cut off). Unit: USD/request.</param>
    /// <returns>The rejected share. Unit: fraction.</returns>
    public static double Rejected(double meanCost, double limit, double sigma, out double costPerServed)
    {
        costPerServed = meanCost;
        if (!(meanCost > 0))
        {
            return 0.0;
        }

        if (!(limit > 0))
        {
            return 1.0;
        }

        if (sigma <= 0)
        {
            return meanCost > limit ? 1.0 : 0.0;
        }

        double z = Math.Log(limit / meanCost) / sigma;
        double accepted = NormalCdf.Phi(z + (sigma / 2));
        costPerServed = accepted > 0 ? meanCost * NormalCdf.Phi(z - (sigma / 2)) / accepted : meanCost;
        return 1.0 - accepted;
    }
}

namespace Economics.Model.Engine;

/// <summary>The per-request OPG cap on lognormal request costs (DESIGN rule 3), shared by the demand rule and the
/// break-even markup: requests cost c ~ LogNormal(mean c̄, σ) and pay c·(1 + markup); those above
/// K = cap·price/(1 + markup) cannot be paid.</summary>
public static class RequestCap
{
    /// <summary>The rejected share 1 − Φ((ln(K/c̄) + σ²/2)/σ) and the mean cost of a served request
    /// c̄·Φ((ln(K/c̄) − σ²/2)/σ)/Φ((ln(K/c̄) + σ²/2)/σ); σ = 0, or a σ so small that ln(K/c̄)/σ is not finite, rejects all (c̄ &gt; K) or none; c̄ = 0 rejects none. Where Φ of the lower argument underflows, the
    /// served mean is K·(b/a)·S(a)/S(b) (see <see cref="TailRatio"/>).</summary>
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

        double z = Math.Log(limit / meanCost) / sigma;
        if (!(sigma > 0) || !double.IsFinite(z))
        {
            // σ = 0, or σ so small (a subnormal such as 5e-324) that ln(K/c̄)/σ overflows: every request costs c̄.
            return meanCost > limit ? 1.0 : 0.0;
        }

        double lower = z - (sigma / 2), upper = z + (sigma / 2);
        double accepted = NormalCdf.Phi(upper);
        double below = NormalCdf.Phi(lower);
        costPerServed = below >= NumericalLimits.SmallestNormal
            ? meanCost * below / accepted
            : limit * TailRatio(lower, upper);
        return 1.0 - accepted;
    }

    /// <summary>Φ(a)/Φ(b)·exp(−σz) for a = z − σ/2 &lt; b = z + σ/2 ≪ 0, from the asymptotic tail
    /// Φ(x) ≈ φ(x)/|x|·(1 − 1/x² + 3/x⁴): (b/a)·S(a)/S(b), S(x) = 1 − 1/x² + 3/x⁴ (relative error ≈ 15/x⁶, below 1e-8
    /// where it is used: Φ(a) under the smallest normal double, a &lt; −37.5). The exact ratio of tails underflows
    /// there to 0/0 or 0/tiny (issue 15: a 5e11 USD request against a 1e-5 USD cap made the served requests cost 0);
    /// c̄·exp(σz) = K, so the mean cost of a served request is K times this ratio, in (0, K].</summary>
    private static double TailRatio(double a, double b)
    {
        static double S(double x)
        {
            double inverse = 1.0 / (x * x);
            return 1.0 - inverse + (3.0 * inverse * inverse);
        }

        return Math.Clamp(b / a * S(a) / S(b), double.Epsilon, 1.0);
    }
}

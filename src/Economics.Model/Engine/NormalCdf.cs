using MathNet.Numerics;

namespace Economics.Model.Engine;

/// <summary>The standard normal distribution function Φ(x) = erfc(−x/√2)/2 (MathNet's erfc; allocation free).</summary>
internal static class NormalCdf
{
    /// <summary>Φ(x); 0 at −∞ and 1 at +∞.</summary>
    internal static double Phi(double x) => double.IsNegativeInfinity(x) ? 0.0
        : double.IsPositiveInfinity(x) ? 1.0
        : 0.5 * SpecialFunctions.Erfc(-x / Constants.Sqrt2);

    /// <summary>P(X ≥ y) for X ~ LogNormal(median, σ): 1 − Φ((ln y − ln median)/σ); 1 for y ≤ 0; a step at the median when σ = 0.</summary>
    internal static double LognormalSurvival(double y, double median, double sigma) =>
        LognormalSurvival(y, median, Math.Log(median), sigma);

    /// <summary>P(X ≥ y) as <see cref="LognormalSurvival(double, double, double)"/>, with ln median computed once by
    /// the caller (the same bits as computing it here).</summary>
    internal static double LognormalSurvival(double y, double median, double logMedian, double sigma)
    {
        if (!(y > 0))
        {
            return 1.0;
        }

        if (sigma <= 0)
        {
            return y <= median ? 1.0 : 0.0;
        }

        return 1.0 - Phi((Math.Log(y) - logMedian) / sigma);
    }

    /// <summary>P(X ≤ y) for X ~ LogNormal(median, σ): Φ((ln y − ln median)/σ); 0 for y ≤ 0; a step when σ = 0.</summary>
    internal static double LognormalCdf(double y, double median, double sigma) =>
        LognormalCdf(y, median, median > 0 ? Math.Log(median) : double.NaN, sigma);

    /// <summary>P(X ≤ y) as <see cref="LognormalCdf(double, double, double)"/>, with ln median computed by the caller
    /// (the same bits as computing it here; it is not read when median ≤ 0).</summary>
    internal static double LognormalCdf(double y, double median, double logMedian, double sigma)
    {
        if (!(y > 0) || !(median > 0))
        {
            return y > 0 && !(median > 0) ? 1.0 : 0.0;
        }

        if (sigma <= 0)
        {
            return y >= median ? 1.0 : 0.0;
        }

        return Phi((Math.Log(y) - logMedian) / sigma);
    }
}

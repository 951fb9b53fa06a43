using BenchmarkDotNet.Attributes;
using Economics.Model.Engine;

namespace Economics.Benchmarks;

/// <summary>
/// The special functions the monthly step calls, one call at a time as the scalar engine makes them: the standard
/// normal CDF Φ (MathNet's erfc: the willingness-to-pay survival and the request cap in rule 3, the entry curve in
/// rule 8), and Math.Log and Math.Exp (the lognormals' logarithms, the price move). What a block engine's vector
/// versions would replace; the per-call figures with a profile's share of a path bound what that can save.
/// </summary>
public class SpecialFunctionsBenchmarks
{
    /// <summary>Arguments per invocation.</summary>
    private const int Count = 1024;

    /// <summary>Scales z in [−4, 4] to [−ln 1000, ln 1000]: the six decades of the Log arguments, in log units.</summary>
    private static readonly double ExpScale = Math.Log(1000.0) / 4.0;

    private readonly double[] _z = new double[Count];
    private readonly double[] _positive = new double[Count];

    [GlobalSetup]
    public void Setup()
    {
        // Fixed arguments where the engine evaluates them: z in [−4, 4] (Φ of a lognormal's standardized log), positive
        // numbers over six decades (costs, prices, ratios).
        for (int i = 0; i < Count; i++)
        {
            double u = (i + 0.5) / Count;
            _z[i] = -4.0 + (8.0 * u);
            _positive[i] = Math.Pow(10.0, -3.0 + (6.0 * u));
        }
    }

    /// <summary>Φ(z): 0.5·erfc(−z/√2), MathNet.Numerics 5.0.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Phi()
    {
        double sum = 0;
        foreach (double z in _z)
        {
            sum += NormalCdf.Phi(z);
        }

        return sum;
    }

    /// <summary>Math.Log.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Log()
    {
        double sum = 0;
        foreach (double x in _positive)
        {
            sum += Math.Log(x);
        }

        return sum;
    }

    /// <summary>Math.Exp on the same range in log units (−6.9 … 6.9).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double Exp()
    {
        double sum = 0;
        foreach (double z in _z)
        {
            sum += Math.Exp(ExpScale * z);
        }

        return sum;
    }
}

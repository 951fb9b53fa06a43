using Economics.Analysis.MonteCarlo;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Economics.Analysis.Tests.MonteCarlo;

public sealed class QuantileSketchTests
{
    private static readonly double[] Probabilities = [0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0];

    public static TheoryData<string> Samples => new() { "normal", "lognormal", "mixed-sign-with-zeros", "uniform-narrow" };

    private static double[] Sample(string kind, int n)
    {
        var random = new Xoshiro256StarStar(7);
        return kind switch
        {
            "normal" => Enumerable.Range(0, n).Select(_ => Normal.Sample(random, 100, 15)).ToArray(),
            "lognormal" => Enumerable.Range(0, n).Select(_ => LogNormal.Sample(random, -3, 2.5)).ToArray(),
            "mixed-sign-with-zeros" => Enumerable.Range(0, n).Select(i => i % 10 == 0 ? 0.0 : Normal.Sample(random, 200, 1000)).ToArray(),
            _ => Enumerable.Range(0, n).Select(_ => ContinuousUniform.Sample(random, 0.00470, 0.00471)).ToArray(),
        };
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Streamed_Percentiles_Are_Within_The_Documented_Accuracy_Of_Exact_Ones_On_20k_Values(string kind)
    {
        // Given 20,000 values
        double[] values = Sample(kind, 20_000);
        var sketch = new QuantileSketch();
        foreach (double v in values)
        {
            sketch.Add(v);
        }

        double[] sorted = [.. values.Order()];
        foreach (double q in Probabilities)
        {
            // Then each quantile is within RelativeAccuracy of the larger of the two order statistics it interpolates
            double exact = SortedArrayStatistics.QuantileCustom(sorted, q, QuantileDefinition.R7);
            double rank = q * (sorted.Length - 1);
            double scale = Math.Max(Math.Abs(sorted[(int)Math.Floor(rank)]), Math.Abs(sorted[(int)Math.Ceiling(rank)]));
            double streamed = sketch.Quantile(q);
            Assert.True(Math.Abs(streamed - exact) <= QuantileSketch.RelativeAccuracy * scale,
                $"{kind} q={q}: streamed {streamed}, exact {exact}, allowed {QuantileSketch.RelativeAccuracy * scale}");
        }

        Assert.Equal(sorted[0], sketch.Min);
        Assert.Equal(sorted[^1], sketch.Max);
    }

    [Fact]
    public void A_Constant_Gives_Its_Exact_Value()
    {
        var sketch = new QuantileSketch();
        for (int i = 0; i < 1000; i++)
        {
            sketch.Add(0.0047009900001);
        }

        Assert.Equal(0.0047009900001, sketch.Quantile(0.05));
        Assert.Equal(0.0047009900001, sketch.Quantile(0.5));
    }

    [Fact]
    public void Merging_In_Any_Partition_And_Order_Gives_Identical_Bits()
    {
        double[] values = Sample("lognormal", 30_000);
        var whole = new QuantileSketch();
        foreach (double v in values)
        {
            whole.Add(v);
        }

        // Three parts of uneven size, merged in reverse order.
        var parts = new[] { new QuantileSketch(), new QuantileSketch(), new QuantileSketch() };
        for (int i = 0; i < values.Length; i++)
        {
            parts[i % 7 == 0 ? 0 : i % 2 == 0 ? 1 : 2].Add(values[i]);
        }

        var merged = new QuantileSketch();
        merged.Merge(parts[2]);
        merged.Merge(parts[0]);
        merged.Merge(parts[1]);
        foreach (double q in Probabilities)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(whole.Quantile(q)), BitConverter.DoubleToInt64Bits(merged.Quantile(q)));
        }
    }

    [Fact]
    public void Values_Spanning_More_Than_64_Octaves_Fold_The_Smallest_Identically_In_Any_Order()
    {
        double[] values = [1e-30, 1e-25, 3.0, 1e10, 2e-29, 5.0];
        var forward = new QuantileSketch();
        var backward = new QuantileSketch();
        foreach (double v in values)
        {
            forward.Add(v);
        }

        foreach (double v in values.Reverse())
        {
            backward.Add(v);
        }

        foreach (double q in Probabilities)
        {
            Assert.Equal(forward.Quantile(q), backward.Quantile(q));
        }

        Assert.Equal(1e10, forward.Quantile(1.0));
        Assert.Equal(1e-30, forward.Quantile(0.0));
    }

    [Fact]
    public void Not_Applicable_Values_Are_Counted_Apart()
    {
        var sketch = new QuantileSketch();
        sketch.Add(double.NaN);
        sketch.Add(2.0);
        sketch.Add(double.PositiveInfinity);
        Assert.Equal(1, sketch.Count);
        Assert.Equal(2, sketch.NotApplicableCount);
        Assert.Equal(2.0, sketch.Quantile(0.5));
        Assert.True(double.IsNaN(new QuantileSketch().Quantile(0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Quantile(1.5));
    }
}

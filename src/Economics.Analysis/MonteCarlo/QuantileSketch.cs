namespace Economics.Analysis.MonteCarlo;

/// <summary>
/// A mergeable streaming quantile estimator with memory independent of the number of values: a log-linear
/// histogram (the bucket of |x| is its binary exponent and the top <see cref="MantissaBits"/> bits of its
/// mantissa, so each power of two is split into 128 equal buckets), separate for negative and positive values,
/// with exact counts of zeros and exact minimum and maximum.
/// </summary>
/// <remarks>
/// <para>Accuracy: an order statistic is reported as the midpoint of its bucket, within
/// <see cref="RelativeAccuracy"/> (1/256 ≈ 0.39%) of its true value; quantiles interpolate between the two
/// order statistics around rank q·(n − 1) (the R-7 / Excel definition) and are clamped to [min, max], so a
/// constant input gives its exact value. Compared with exact R-7 quantiles the error is at most
/// <see cref="RelativeAccuracy"/> times the larger magnitude of those two order statistics.</para>
/// <para>Determinism: adding and merging only add integer counts and take minima and maxima, which are exact,
/// commutative and associative; the result does not depend on the order of values or merges (so not on the
/// number of threads). Values that are not finite (NaN: "not applicable") are counted in
/// <see cref="NotApplicableCount"/> and left out of the quantiles.</para>
/// <para>Memory: at most two windows of <c>64·128</c> buckets; values spanning more than 64 octaves
/// (a factor 1.8·10¹⁹) fold the smallest magnitudes into one bucket. Not thread safe: one sketch per thread, then
/// <see cref="Merge"/>.</para>
/// </remarks>
public sealed class QuantileSketch
{
    /// <summary>Mantissa bits in a bucket key: 2^7 = 128 buckets per power of two.</summary>
    public const int MantissaBits = 7;

    /// <summary>Largest relative error of a reported order statistic: half a bucket's relative width, 2^−(7+1).</summary>
    public const double RelativeAccuracy = 1.0 / (2 << MantissaBits);

    private const int KeyShift = 52 - MantissaBits;

    private readonly BucketStore _positive = new();
    private readonly BucketStore _negative = new();
    private long _zeros;

    /// <summary>Finite values added.</summary>
    public long Count => _positive.Total + _negative.Total + _zeros;

    /// <summary>Values added that were not finite (NaN or ±∞: not applicable); not part of the quantiles.</summary>
    public long NotApplicableCount { get; private set; }

    /// <summary>Smallest finite value added; NaN when none.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>Largest finite value added; NaN when none.</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Adds one value; non-finite values count as not applicable.</summary>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            NotApplicableCount++;
            return;
        }

        if (!(value >= Min))
        {
            Min = value;
        }

        if (!(value <= Max))
        {
            Max = value;
        }

        if (value > 0)
        {
            _positive.Add(Key(value), 1);
        }
        else if (value < 0)
        {
            _negative.Add(Key(-value), 1);
        }
        else
        {
            _zeros++;
        }
    }

    /// <summary>Adds every value of <paramref name="other"/> to this sketch (exact; order independent).</summary>
    public void Merge(QuantileSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _positive.Merge(other._positive);
        _negative.Merge(other._negative);
        _zeros += other._zeros;
        NotApplicableCount += other.NotApplicableCount;
        if (other.Count > 0)
        {
            Min = double.IsNaN(Min) ? other.Min : Math.Min(Min, other.Min);
            Max = double.IsNaN(Max) ? other.Max : Math.Max(Max, other.Max);
        }
    }

    /// <summary>The q-quantile (R-7: interpolating order statistics at rank q·(n − 1)); NaN when empty.</summary>
    /// <param name="q">Probability. Range: 0–1.</param>
    public double Quantile(double q)
    {
        if (!(q >= 0 && q <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q, "must be a probability between 0 and 1");
        }

        long n = Count;
        if (n == 0)
        {
            return double.NaN;
        }

        double rank = q * (n - 1);
        long k = (long)Math.Floor(rank);
        double fraction = rank - k;
        double low = OrderStatistic(k);
        double value = fraction > 0 && k + 1 < n ? low + fraction * (OrderStatistic(k + 1) - low) : low;
        return Math.Clamp(value, Min, Max);
    }

    /// <summary>The approximate k-th smallest finite value (0-based): its bucket's midpoint (exact for the first and last).</summary>
    private double OrderStatistic(long k)
    {
        // The extremes are known exactly.
        if (k == 0)
        {
            return Min;
        }

        if (k == Count - 1)
        {
            return Max;
        }

        long negatives = _negative.Total;
        if (k < negatives)
        {
            // Negatives in ascending value order: largest magnitude first.
            long seen = 0;
            for (int key = _negative.LowestKey + _negative.Width - 1; key >= _negative.LowestKey; key--)
            {
                seen += _negative[key];
                if (seen > k)
                {
                    return -Midpoint(key);
                }
            }
        }

        k -= negatives;
        if (k < _zeros)
        {
            return 0.0;
        }

        k -= _zeros;
        long count = 0;
        for (int key = _positive.LowestKey; key < _positive.LowestKey + _positive.Width; key++)
        {
            count += _positive[key];
            if (count > k)
            {
                return Midpoint(key);
            }
        }

        return Max;
    }

    private static int Key(double magnitude) => (int)(BitConverter.DoubleToInt64Bits(magnitude) >> KeyShift);

    private static double Midpoint(int key)
    {
        double low = BitConverter.Int64BitsToDouble((long)key << KeyShift);
        double high = BitConverter.Int64BitsToDouble((long)(key + 1) << KeyShift);
        return double.IsFinite(high) ? low + (high - low) / 2 : low;
    }
}

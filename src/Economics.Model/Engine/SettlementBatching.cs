using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Closed forms of rule 5's settlement: the expected BATCH_HASHED batch size and the price of a Walrus blob.</summary>
public static class SettlementBatching
{
    /// <summary>Minutes in an average month (730 h × 60).</summary>
    public const double MinutesPerMonth = MonthlyStep.HoursPerMonth * 60.0;

    /// <summary>Average days in a month (365.25/12), to turn Walrus epochs into months.</summary>
    public const double DaysPerMonth = 365.25 / 12.0;

    /// <summary>
    /// Expected requests per flushed batch when requests arrive as a Poisson stream of <paramref name="lambdaPerMinute"/>
    /// at one buffer flushed when full (<paramref name="maxSize"/>), after <paramref name="idleFlushMinutes"/> without a
    /// request, or at <paramref name="maxAgeMinutes"/>: <c>b = (1 − (1 − p)^K)/p</c>, <c>p = e^(−λ·idle)</c> (each
    /// gap ends the batch with probability p), <c>K = min(maxSize, 1 + λ·maxAge)</c> (the requests that fit before the
    /// age limit, in expectation). b = K when p = 0; b = 1 when λ = 0. Continuous and non-decreasing in λ; in [1, K].
    /// </summary>
    /// <param name="lambdaPerMinute">Requests per minute per batcher. Range: ≥ 0.</param>
    /// <param name="maxSize">Buffer size. Range: ≥ 1.</param>
    /// <param name="idleFlushMinutes">Idle flush. Range: ≥ 0.</param>
    /// <param name="maxAgeMinutes">Age flush. Range: ≥ 0.</param>
    public static double ExpectedBatchSize(double lambdaPerMinute, double maxSize, double idleFlushMinutes, double maxAgeMinutes)
    {
        if (!(lambdaPerMinute > 0))
        {
            return 1.0;
        }

        double k = Math.Min(maxSize, 1.0 + (lambdaPerMinute * maxAgeMinutes));
        double idleGaps = lambdaPerMinute * idleFlushMinutes;

        // p = e^(−λ·idle) is exactly 0 here: skip Math.Exp, whose underflow path is slow (busy months reach it).
        if (idleGaps > ExpUnderflowExponent)
        {
            return k;
        }

        double p = Math.Exp(-idleGaps);
        if (p <= 0)
        {
            return k;
        }

        // For small p the direct form cancels: use the series K − K(K−1)p/2 + K(K−1)(K−2)p²/6 (error O(K⁴p³)).
        if (p * k < 1e-5)
        {
            return Math.Clamp(k - (k * (k - 1) * p / 2.0) + (k * (k - 1) * (k - 2) * p * p / 6.0), 1.0, k);
        }

        double b = (1.0 - Math.Pow(1.0 - p, k)) / p;
        return Math.Clamp(b, 1.0, k);
    }

    /// <summary>USD of storing one blob of <paramref name="bytes"/> on Walrus for the retention:
    /// <c>(5·bytes + metadataBytesPerBlob)·usdPerGbPerEpoch/1e9·retentionEpochs + writeFeeUsd + suiGasUsd</c>.</summary>
    public static double WalrusBlobUsd(WalrusAssumptions walrus, double bytes)
    {
        ArgumentNullException.ThrowIfNull(walrus);
        return (EncodedBytes(walrus, bytes) * walrus.UsdPerGbPerEpoch / MonthlyStep.BytesPerGb * walrus.RetentionEpochs)
            + walrus.WriteFeeUsd + walrus.SuiGasUsd;
    }

    /// <summary>Encoded size of a blob: 5× erasure-coding expansion plus the fixed metadata. Unit: bytes.</summary>
    public static double EncodedBytes(WalrusAssumptions walrus, double bytes)
    {
        ArgumentNullException.ThrowIfNull(walrus);
        return (ErasureExpansion * bytes) + walrus.MetadataBytesPerBlob;
    }

    /// <summary>An exponent beyond which e^(−x) rounds to exactly 0 in double precision: e^(−746) ≈ 1.3e−324 is below
    /// half the smallest subnormal (2^(−1075) ≈ 2.5e−324).</summary>
    private const double ExpUnderflowExponent = 746.0;

    /// <summary>Walrus's erasure-coding expansion (≈ 5×, docs.wal.app "Storage costs").</summary>
    public const double ErasureExpansion = 5.0;
}

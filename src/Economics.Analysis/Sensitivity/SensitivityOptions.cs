namespace Economics.Analysis.Sensitivity;

/// <summary>How the tornado picks each input's low and high.</summary>
public sealed record SensitivityOptions
{
    /// <summary>Probability of the low value of an input with a distribution (its quantile, clamped to its bounds).
    /// Range: 0–1, below <see cref="HighProbability"/>. Default 0.1 (P10).</summary>
    public double LowProbability { get; init; } = 0.1;

    /// <summary>Probability of the high value. Default 0.9 (P90).</summary>
    public double HighProbability { get; init; } = 0.9;

    /// <summary>Extra JSON paths to vary that have no distribution: base × (1 ± <see cref="RelativeStep"/>).</summary>
    public IReadOnlyList<string> ExtraPaths { get; init; } = [];

    /// <summary>Relative step of <see cref="ExtraPaths"/>. Unit: fraction. Range: (0, 1]. Default 0.2 (±20%).</summary>
    public double RelativeStep { get; init; } = 0.2;

    /// <summary>Worker threads; null uses every core. Range: 1–1024. Does not change results.</summary>
    public int? Threads { get; init; }

    internal void Check()
    {
        if (!(LowProbability > 0 && LowProbability < HighProbability && HighProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LowProbability), $"need 0 < low ({LowProbability}) < high ({HighProbability}) < 1");
        }

        if (!(RelativeStep > 0 && RelativeStep <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(RelativeStep), RelativeStep, "must be in (0, 1]");
        }

        ArgumentNullException.ThrowIfNull(ExtraPaths);
        MonteCarlo.MonteCarloOptions.CheckThreads(Threads, nameof(Threads));
    }
}

namespace Economics.Analysis.MonteCarlo;

/// <summary>The seed of path i's random stream: a fixed mix of the run seed plus i times an odd constant, modulo
/// 2³². Distinct paths of one run get distinct seeds (an odd multiplier is invertible modulo 2³²), and MathNet's
/// <see cref="MathNet.Numerics.Random.Xoshiro256StarStar"/> expands each seed through SplitMix64 into an
/// unrelated 256-bit state.</summary>
internal static class PathSeed
{
    // Golden-ratio constants (Weyl sequence increments), as in SplitMix.
    private const uint Step = 0x9E3779B9u;
    private const ulong Mix1 = 0xBF58476D1CE4E5B9UL;
    private const ulong Mix2 = 0x94D049BB133111EBUL;

    public static int For(int seed, long path)
    {
        ulong z = (ulong)(uint)seed;
        z = (z ^ (z >> 30)) * Mix1;
        z = (z ^ (z >> 27)) * Mix2;
        z ^= z >> 31;
        return unchecked((int)((uint)z + (uint)path * Step));
    }
}

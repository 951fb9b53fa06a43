using System.Collections.Concurrent;
using CsCheck;

namespace Economics.Tests.Fuzz;

/// <summary>
/// How the fuzz tests draw their cases. By default (every <c>dotnet test</c>, CI included) the same fixed set: case i
/// is generated from PCG stream i with seed <see cref="FixedSeed"/>, so a run is reproducible and a red build is a
/// regression, not a new random find. For a hunt, <c>ECON_FUZZ_SEED=random</c> samples fresh cases with CsCheck (which
/// shrinks a failure and prints a seed), and <c>CsCheck_Seed=…</c> replays one CsCheck case; <c>ECON_FUZZ_CASES</c>
/// sets the count either way. A failure in the fixed set names the CsCheck seed of its case for the same replay.
/// </summary>
internal static class FuzzSampling
{
    /// <summary>The seed of the fixed set. Changing it draws a different fixed set.</summary>
    public const ulong FixedSeed = 20261202;

    private static bool Random =>
        string.Equals(Environment.GetEnvironmentVariable("ECON_FUZZ_SEED"), "random", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Seed"));

    /// <summary>Runs <paramref name="check"/> on <paramref name="cases"/> cases of <paramref name="gen"/>, in parallel;
    /// throws with the failing cases (at most three, each with its seed and printed case) if any check throws.
    /// <paramref name="threads"/> −1 uses every core; 1 runs the cases in order on one thread.</summary>
    public static void Run<T>(Gen<T> gen, Action<T> check, int cases, Func<T, string> print, int threads = -1)
    {
        if (Random)
        {
            gen.Sample(check, iter: cases, threads: threads, print: print);
            return;
        }

        var failures = new ConcurrentBag<(int Index, string Text)>();
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var pcg = new PCG((uint)i, FixedSeed);
            string seed = pcg.ToString();
            T value = gen.Generate(pcg, null, out _);
            try
            {
                check(value);
            }
            catch (Exception e)
            {
                failures.Add((i, $"case {i} (CsCheck_Seed={seed}): {print(value)}\n---- {e.GetType().Name}: {e.Message}"));
            }
        });
        if (!failures.IsEmpty)
        {
            var first = failures.OrderBy(f => f.Index).Take(3).Select(f => f.Text);
            throw new Xunit.Sdk.XunitException($"{failures.Count} of {cases} fixed fuzz cases (seed {FixedSeed}) failed:\n" + string.Join("\n\n", first));
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Tests.Scenarios;
using Economics.Tests.Fuzz;
using Xunit.Abstractions;

namespace Economics.Model.Tests.Fuzz;

/// <summary>
/// Input fuzzing (issue 8): mutated scenario documents must load into a valid scenario or into a non-empty list
/// of problems, each with a path and a message — never an exception — and a valid one must run without
/// producing ±Infinity (NaN only in the documented not-applicable series).
/// </summary>
public sealed class ScenarioFuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Cases per run; issue 8 asks for at least 10,000 within a minute on 2 cores. ECON_FUZZ_CASES
    /// raises it for a longer local hunt.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("ECON_FUZZ_CASES"), out int n) && n > 0 ? n : 10_000;

    /// <summary>Series where NaN means "not applicable" (a ratio with a zero denominator), documented in
    /// <see cref="SimulationResult"/> and written as an empty cell / null.</summary>
    private static readonly HashSet<string> NotApplicableColumns = new(StringComparer.Ordinal)
    {
        "compute_cost_usd_per_inference", "profit_per_node_usd", "subsidy_dependence",
        "breakeven_fee_without_subsidy_usd", "breakeven_fee_without_subsidy_or_mev_usd",
        "aws_capacity_share", "provider_concentration_index",
    };

    private static readonly Gen<Mutation> GenMutation = ScenarioMutator.AnyMutation;

    // Numeric mutations alone (scaled and extreme values, horizons) keep many scenarios valid, so a good share
    // of cases reaches the engine; the full mix exercises the loader's problem reporting.
    private static readonly Gen<Mutation> GenNumericMutation =
        Gen.Select(Gen.OneOf((int)MutationOp.ScaleNumber, (int)MutationOp.ExtremeNumber, (int)MutationOp.Horizon),
            Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (op, a, b, c) => new Mutation(op, a, b, c));

    private static readonly Gen<FuzzCase> GenCase =
        Gen.Frequency<Mutation[]>((2, GenMutation.Array[1, 4]), (1, GenNumericMutation.Array[1, 6]))
            .Select(ms => ScenarioMutator.Build(ms));

    private readonly string _root = Path.Combine(Path.GetTempPath(), "econ-fuzz-" + Guid.NewGuid().ToString("N"));
    private int _counter;
    private int _valid;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Mutated_Scenarios_Load_Or_Report_Problems_And_Valid_Ones_Run_Finite()
    {
        Directory.CreateDirectory(_root);
        var watch = Stopwatch.StartNew();
        FuzzSampling.Run(GenCase, Check, Cases, c => c.ToString());
        watch.Stop();
        output.WriteLine(string.Join(", ", _byOp.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value:F0} ms")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Cases} fuzz cases ({_valid} valid scenarios simulated) in {watch.Elapsed.TotalSeconds:F1} s; slowest {_slowest}"));
        Assert.True(_valid > Cases / 20, $"only {_valid} of {Cases} mutated scenarios were valid; the fuzzer no longer reaches the engine");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Regression_Corpus_Loads_Without_Exceptions(string file)
    {
        string path = Path.Combine(CorpusFolder, file);
        var result = ScenarioLoader.TryLoad(ScenarioSource.FromFile(path));
        AssertOutcome(result);
        if (result.Scenario is { } scenario)
        {
            AssertFinite(Simulation.Run(scenario));
        }
    }

    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (string f in Directory.GetFiles(CorpusFolder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }

        return data;
    }

    private static string CorpusFolder => Path.Combine(RepoFiles.RepoRoot, "tests", "Economics.Model.Tests", "Fuzz", "corpus");

    private readonly Dictionary<MutationOp, double> _byOp = [];
    private long _slowestTicks;
    private string _slowest = string.Empty;

    private void Check(FuzzCase fuzzCase)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            CheckCore(fuzzCase);
        }
        finally
        {
            lock (this)
            {
                foreach (var op in fuzzCase.Mutations.Select(m => (MutationOp)m.Op).Distinct())
                {
                    _byOp[op] = _byOp.GetValueOrDefault(op) + sw.Elapsed.TotalMilliseconds;
                }

                if (sw.ElapsedTicks > _slowestTicks)
                {
                    _slowestTicks = sw.ElapsedTicks;
                    _slowest = sw.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms: " + string.Join(", ", fuzzCase.Mutations.Select(m => (MutationOp)m.Op));
                }
            }
        }
    }

    private void CheckCore(FuzzCase fuzzCase)
    {
        // Cases with base files or raw bytes go through the file system; the rest load from memory (faster).
        string? dir = null;
        ScenarioSource source;
        if (fuzzCase.NeedsFiles)
        {
            dir = Path.Combine(_root, Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            foreach (var (name, bytes) in fuzzCase.Files)
            {
                File.WriteAllBytes(Path.Combine(dir, name), bytes);
            }

            source = ScenarioSource.FromFile(Path.Combine(dir, ScenarioMutator.MainFile));
        }
        else
        {
            source = ScenarioSource.FromJson(Encoding.UTF8.GetString(fuzzCase.Files[0].Bytes), ScenarioMutator.MainFile, _root);
        }

        var overrides = new List<ScenarioOverride>();
        foreach (string text in fuzzCase.Overrides)
        {
            try
            {
                overrides.Add(ScenarioOverride.Parse(text));
            }
            catch (FormatException e)
            {
                // The documented way Parse refuses a bad override; the CLI reports the message.
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }

        var result = ScenarioLoader.TryLoad(source, overrides);
        AssertOutcome(result);
        if (result.Scenario is { } scenario)
        {
            Interlocked.Increment(ref _valid);
            AssertFinite(Simulation.Run(scenario));
        }

        if (dir is not null)
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void AssertOutcome(ScenarioLoadResult result)
    {
        if (result.IsValid)
        {
            Assert.Empty(result.Problems);
            return;
        }

        Assert.NotEmpty(result.Problems);
        foreach (var problem in result.Problems)
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.Path), $"a problem without a path: {problem}");
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"a problem without a message: {problem}");
        }
    }

    private static void AssertFinite(SimulationResult result)
    {
        var bad = new StringBuilder();
        foreach (var column in MonthlyColumns.All)
        {
            var values = column.Select(result);
            for (int t = 0; t < values.Count; t++)
            {
                double v = values[t];
                if (double.IsInfinity(v) || (double.IsNaN(v) && !NotApplicableColumns.Contains(column.Name)))
                {
                    bad.Append(CultureInfo.InvariantCulture, $"{column.Name}[{t}] = {v}; ");
                    break;
                }
            }
        }

        foreach (var cohort in result.Cohorts)
        {
            Series($"{cohort.Name}.nodes", cohort.Nodes, nanAllowed: false);
            Series($"{cohort.Name}.capacity", cohort.Capacity, nanAllowed: false);
            Series($"{cohort.Name}.served", cohort.Served, nanAllowed: false);
            Series($"{cohort.Name}.revenueFees", cohort.RevenueFees, nanAllowed: false);
            Series($"{cohort.Name}.revenueSubsidy", cohort.RevenueSubsidy, nanAllowed: false);
            Series($"{cohort.Name}.costs", cohort.Costs, nanAllowed: false);
            Series($"{cohort.Name}.profit", cohort.Profit, nanAllowed: false);
            Series($"{cohort.Name}.margin", cohort.Margin, nanAllowed: true);
        }

        foreach (string name in SummaryMetrics.Names.Keys)
        {
            double v = SummaryMetrics.Get(result.Summary, name);
            if (double.IsInfinity(v))
            {
                bad.Append(CultureInfo.InvariantCulture, $"summary.{name} = {v}; ");
            }
        }

        Assert.True(bad.Length == 0, bad.ToString());

        void Series(string name, IReadOnlyList<double> values, bool nanAllowed)
        {
            for (int t = 0; t < values.Count; t++)
            {
                if (double.IsInfinity(values[t]) || (!nanAllowed && double.IsNaN(values[t])))
                {
                    bad.Append(CultureInfo.InvariantCulture, $"{name}[{t}] = {values[t]}; ");
                    return;
                }
            }
        }
    }
}

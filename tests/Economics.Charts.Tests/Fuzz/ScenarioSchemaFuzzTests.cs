using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Tests.Fuzz;
using Xunit.Abstractions;

namespace Economics.Charts.Tests.Fuzz;

/// <summary>
/// Issue 15's fuzz test over the v2 scenario schema: random scenarios sampled from the ranges in
/// <c>scenario.schema.json</c>, and mutations (<see cref="ScenarioSampler"/>). Validation either accepts a scenario
/// or reports problems, each with a JSON path and a message (what the CLI prints with exit 2) — never an exception;
/// every accepted one runs, and its outputs keep <see cref="OutputInvariants"/>.
/// </summary>
public sealed class ScenarioSchemaFuzzTests(ITestOutputHelper output)
{
    /// <summary>Cases in CI (about 20 s on the 2-core build machine). ECON_FUZZ_CASES sets another count, e.g.
    /// <c>ECON_FUZZ_CASES=10000</c> for a longer hunt; ECON_FUZZ_DUMP=folder writes each failing case there, in the format of the corpus (Fuzz/corpus/*.txt).</summary>
    private const int CiCases = 1_500;

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("ECON_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : CiCases;

    private long _loadTicks, _runTicks, _checkTicks;

    private static void Add(ref long total, long start) => Interlocked.Add(ref total, Stopwatch.GetTimestamp() - start);

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    [Fact]
    public void Sampled_V2_Scenarios_Validate_Cleanly_And_Valid_Ones_Keep_Every_Output_Invariant()
    {
        int valid = 0, invalid = 0;
        var watch = Stopwatch.StartNew();
        FuzzSampling.Run(
            ScenarioSampler.Any,
            c =>
            {
                if (Check(c))
                {
                    Interlocked.Increment(ref valid);
                }
                else
                {
                    Interlocked.Increment(ref invalid);
                }
            },
            Cases,
            c => c.ToString());
        watch.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Cases} sampled scenarios ({valid} valid and run, {invalid} rejected with problems) in {watch.Elapsed.TotalSeconds:F1} s; thread time: load and validate {Seconds(_loadTicks):F1} s, run {Seconds(_runTicks):F1} s, outputs {Seconds(_checkTicks):F1} s"));

        // The sampler must keep reaching the engine (and the validator).
        Assert.True(valid > Cases / 4, $"only {valid} of {Cases} sampled scenarios were valid");
        Assert.True(invalid > Cases / 20, $"only {invalid} of {Cases} sampled scenarios were invalid; the mutations no longer reach the validator");
    }

    /// <summary>Cases the fuzz found, each the merged document on its first line and the <c>--set</c> overrides on the
    /// lines after it (the format ECON_FUZZ_DUMP writes): each failed an output invariant before its fix.</summary>
    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (string f in Directory.GetFiles(CorpusFolder, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }

        return data;
    }

    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Fuzz", "corpus");

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Found_Cases_Keep_Every_Output_Invariant(string file)
    {
        // reserve-*: a token-price shock of 1e-300 that ends multiplied the market cap, so the marketCap-scaled pool
        // reserve, by 1e299, then overflowed to Infinity. fee-identity-tiny-served: served volumes of 1e-300 made the
        // w·v products of the network means subnormal, and the parts missed the user price by 2e-9 relative; the ratio to
        // an outside price of 2e-300 was Infinity. ratio-tiny-outside-price: the outside mean underflowed to 0, ratio NaN.
        // answer-rails-share-*: a subnormal all-in price made the report's rails share 'Infinity%'.
        string[] lines = File.ReadAllLines(Path.Combine(CorpusFolder, file));
        var document = JsonNode.Parse(lines[0])!.AsObject();
        var overrides = lines.Skip(1).Where(l => l.Length > 0).ToList();
        Assert.True(Check(new SampledScenario(file, [], document, overrides)), $"{file} no longer validates: the case does not reach the engine");
    }

    [Fact]
    public void Every_Range_In_The_Schema_Is_One_The_Sampler_Reads()
    {
        // The ranges come from the schema's descriptions; a description whose range the sampler cannot read would
        // silently stop fuzzing that field. Fields whose range is relative to another (uncertainty bounds) are skipped.
        var schema = JsonNode.Parse(ScenarioSchema.Json)!.AsObject();
        var unread = new List<string>();
        Visit(schema, "$");
        Assert.True(unread.Count == 0, "ranges the sampler cannot read: " + string.Join("; ", unread));

        void Visit(JsonObject node, string path)
        {
            if (node["description"]?.ToString() is { } d && d.Contains("Range:", StringComparison.Ordinal)
                && SchemaRange.FromDescription(d) is null && !d.Contains("lower", StringComparison.Ordinal) && !d.Contains("upper", StringComparison.Ordinal))
            {
                unread.Add($"{path}: {d}");
            }

            foreach (var (name, child) in node["properties"] as JsonObject ?? [])
            {
                Visit(child!.AsObject(), $"{path}.{name}");
            }

            if (node["items"] is JsonObject items)
            {
                Visit(items, path + "[]");
            }

            foreach (var branch in node["anyOf"] as JsonArray ?? [])
            {
                Visit(branch!.AsObject(), path + "<" + branch["properties"]?["kind"]?["const"] + ">");
            }
        }
    }

    /// <summary>Loads the case; true when it was valid (and then its outputs were checked).</summary>
    private bool Check(SampledScenario c)
    {
        long start = Stopwatch.GetTimestamp();
        var overrides = new List<ScenarioOverride>();
        foreach (string text in c.Overrides)
        {
            overrides.Add(ScenarioOverride.Parse(text));
        }

        var result = ScenarioLoader.TryLoad(ScenarioSource.FromJson(c.Document.ToJsonString(), "fuzz.json"), overrides);
        Add(ref _loadTicks, start);
        if (!result.IsValid)
        {
            Assert.NotEmpty(result.Problems);
            Assert.All(result.Problems, p =>
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Path), $"a problem without a path: {p}");
                Assert.False(string.IsNullOrWhiteSpace(p.Message), $"a problem without a message: {p}");
            });
            return false;
        }

        start = Stopwatch.GetTimestamp();
        var run = Simulation.Run(result.Scenario!);
        Add(ref _runTicks, start);
        start = Stopwatch.GetTimestamp();
        string bad = OutputInvariants.Check(run);
        Add(ref _checkTicks, start);
        if (bad.Length > 0 && Environment.GetEnvironmentVariable("ECON_FUZZ_DUMP") is { Length: > 0 } dump)
        {
            // For a reproducer: the merged document that failed (overrides applied), as a scenario file.
            Directory.CreateDirectory(dump);
            File.WriteAllText(Path.Combine(dump, $"fuzz-{Guid.NewGuid():N}.txt"), c.Document.ToJsonString() + "\n" + string.Join("\n", c.Overrides));
        }

        Assert.True(bad.Length == 0, bad);
        return true;
    }
}

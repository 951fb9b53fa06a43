using CsCheck;
using Economics.Model.Tests.Fuzz;
using Economics.Tests.Fuzz;

namespace Economics.Cli.Tests.Reliability;

/// <summary>
/// The model's scenario fuzzer, driven through the command line: every mutated scenario file (with its base files
/// and <c>--set</c> overrides) makes <c>econ validate</c> exit 0 or 2 with a message, never 1 and never a stack trace.
/// </summary>
public sealed class CliFuzzTests
{
    private const int Cases = 1_000;

    [Fact]
    public void Mutated_scenario_files_exit_0_or_2_with_a_message_and_no_stack_trace()
    {
        using var dir = new TempDirectory();
        int counter = 0, bad = 0;
        FuzzSampling.Run(ScenarioMutator.AnyMutation.Array[1, 4].Select(ms => ScenarioMutator.Build(ms)), fuzz =>
        {
            var folder = Path.Combine(dir.Path, (counter++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            foreach (var (name, bytes) in fuzz.Files)
            {
                File.WriteAllBytes(Path.Combine(folder, name), bytes);
            }

            var args = new List<string> { "validate", Path.Combine(folder, ScenarioMutator.MainFile) };
            foreach (var set in fuzz.Overrides)
            {
                args.Add("--set");
                args.Add(set);
            }

            var run = CliHarness.Run([.. args]);
            Assert.True(run.ExitCode is ExitCodes.Ok or ExitCodes.BadInput, $"exit {run.ExitCode}: {run.Error}");
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
            if (run.ExitCode == ExitCodes.BadInput)
            {
                bad++;
                Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
            }
        }, Cases, fuzz => fuzz.ToString(), threads: 1);

        Assert.True(bad > 0, "no mutated scenario was rejected; the fuzzer does not reach validation");
    }

    public static TheoryData<string> Corpus() =>
        new(Directory.GetFiles(Path.Combine(CliHarness.RepoRoot, "tests", "Economics.Model.Tests", "Fuzz", "corpus"))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Inputs_that_once_crashed_the_model_run_or_exit_2(string file)
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("run", file, "--out", dir.Path);

        Assert.True(run.ExitCode is ExitCodes.Ok or ExitCodes.BadInput, $"exit {run.ExitCode}: {run.Error}");
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        if (run.ExitCode == ExitCodes.Ok)
        {
            var csv = File.ReadAllText(dir.File("monthly.csv"));
            Assert.DoesNotContain("NaN", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("∞", csv, StringComparison.Ordinal);
        }
    }
}

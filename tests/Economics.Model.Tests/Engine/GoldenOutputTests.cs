using System.Text;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;
using Economics.Model.Tests.Scenarios;

namespace Economics.Model.Tests.Engine;

/// <summary>
/// Pins every output bit of every shipped scenario (and of the baseline under fixed price shocks, run into a
/// workspace another scenario warmed up), so that an optimization of the engine cannot change the model unnoticed:
/// the fingerprints (<see cref="OutputFingerprint"/>) must equal <c>golden-outputs.txt</c>, generated from the engine
/// before the performance work of issue 12. A deliberate change of the model regenerates it with
/// <c>ECON_UPDATE_GOLDEN=1 dotnet test tests/Economics.Model.Tests --filter GoldenOutputTests</c> (the test then
/// rewrites the file and passes); the diff shows which outputs moved.
/// </summary>
public sealed class GoldenOutputTests
{
    private const string UpdateVariable = "ECON_UPDATE_GOLDEN";

    private static string GoldenPath => Path.Combine(RepoFiles.RepoRoot, "tests", "Economics.Model.Tests", "Engine", "golden-outputs.txt");

    /// <summary>Shocks Z(t) = ((7919·t) mod 201 − 100)/40, in [−2.5, 2.5]: exact in binary, no library function.</summary>
    internal static double[] FixedShocks(int months) => [.. Enumerable.Range(0, months).Select(t => (((7919 * t) % 201) - 100) / 40.0)];

    [Fact]
    public void Every_Output_Bit_Of_Every_Shipped_Scenario_Matches_The_Golden_File()
    {
        string actual = Generate();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(GoldenPath, actual);
        }

        string expected = File.Exists(GoldenPath) ? File.ReadAllText(GoldenPath) : string.Empty;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var differences = actualLines.Except(expectedLines, StringComparer.Ordinal).Take(20).ToList();
        Assert.True(
            expected == actual,
            $"{GoldenPath}: {differences.Count}+ outputs differ from the golden file (first: {string.Join("; ", differences)}); " +
            $"{expectedLines.Length} expected lines, {actualLines.Length} actual. If the model was meant to change, regenerate with " +
            $"`{UpdateVariable}=1 dotnet test tests/Economics.Model.Tests --filter GoldenOutputTests` and explain the diff.");
    }

    [Fact]
    public void The_Golden_File_Covers_Every_Shipped_Scenario_And_Every_Cohort_And_Market()
    {
        string golden = File.ReadAllText(GoldenPath);
        foreach (string name in ShippedScenarios.Names)
        {
            Assert.Contains($"# {name}\n", golden, StringComparison.Ordinal);
        }

        Assert.Contains("# baseline with fixed shocks, warm workspace\n", golden, StringComparison.Ordinal);
        Assert.Contains("result.Cohorts[1].Nodes = ", golden, StringComparison.Ordinal);
        Assert.Contains("result.Markets[2].Served = ", golden, StringComparison.Ordinal);
        Assert.Contains("ws.Markets[0].Fee = ", golden, StringComparison.Ordinal);
        Assert.Contains("result.Summary.BreakEvenMarkupFraction = ", golden, StringComparison.Ordinal);
    }

    [Fact]
    public void A_One_Bit_Change_In_One_Month_Changes_That_Series_Fingerprint_Only()
    {
        var workspace = new SimulationWorkspace();
        Simulation.RunInto(ScenarioLoader.Baseline, [], workspace);
        var result = SimulationResult.From(ScenarioLoader.Baseline, workspace);
        var before = OutputFingerprint.Lines(result, workspace).ToList();

        workspace.Served[37] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(workspace.Served[37]) ^ 1);
        var after = OutputFingerprint.Lines(result, workspace).ToList();

        var changed = before.Zip(after).Where(p => p.First != p.Second).Select(p => p.First.Split(" = ")[0]).ToList();
        Assert.Equal(["ws.Served"], changed);
    }

    private static string Generate()
    {
        var text = new StringBuilder();
        var warm = new SimulationWorkspace();
        foreach (string name in ShippedScenarios.Names)
        {
            var scenario = ScenarioLoader.Load(ScenarioSource.Shipped(name)!);
            var workspace = new SimulationWorkspace();
            Simulation.RunInto(scenario, [], workspace);
            var result = SimulationResult.From(scenario, workspace);
            Append(text, name, OutputFingerprint.Lines(result, workspace));
            Append(text, name + ": break-even markup at other months", BreakEvenLines(scenario, workspace));

            // Simulation.Run must give the same answers as RunInto + From.
            var run = Simulation.Run(scenario);
            PropertyTests.AssertBitIdentical(result, run);
            Simulation.RunInto(scenario, [], warm);
        }

        var baseline = ScenarioLoader.Baseline;
        double[] shocks = FixedShocks(baseline.HorizonMonths);
        Simulation.RunInto(baseline, shocks, warm);
        Append(text, "baseline with fixed shocks, warm workspace", OutputFingerprint.Lines(SimulationResult.From(baseline, warm), warm));
        return text.ToString();
    }

    // The break-even search at months other than the summary's reference month (where the shipped scenarios find no
    // root), so that the grid, the first crossing and its bisection are pinned too.
    private static IEnumerable<string> BreakEvenLines(Scenario scenario, SimulationWorkspace workspace)
    {
        foreach (int month in new[] { 0, 6, 12, 24, 48, 96 }.Where(m => m < workspace.Months))
        {
            var (breakEven, best) = BreakEvenMarkup.Solve(scenario, workspace, month);
            yield return FormattableString.Invariant($"month {month}: breakEven = {breakEven:R}, revenueMaximizing = {best:R}");
        }
    }

    private static void Append(StringBuilder text, string title, IEnumerable<string> lines)
    {
        text.Append("# ").Append(title).Append('\n');
        foreach (string line in lines)
        {
            text.Append(line).Append('\n');
        }
    }
}

using Economics.Analysis.Peers;
using Economics.Model.Engine;
using Economics.Model.Loading;

namespace Economics.Analysis.Tests.Peers;

/// <summary>data/scenarios/peer-calibrated-operators.json carries the supply curve fitted to Livepeer, and the baseline
/// keeps its own estimates.</summary>
public sealed class PeerCalibratedScenarioTests
{
    private const string Name = "peer-calibrated-operators";

    // The scenario states the fitted values to three significant digits.
    private const int Digits = 3;

    private static readonly Model.Scenarios.Scenario Calibrated =
        ScenarioLoader.Load(ScenarioSource.FromJson(ShippedScenarios.Json(Name) ?? throw new InvalidOperationException(Name + " is not shipped")));

    [Fact]
    public void Its_cohort_has_the_values_econ_peers_fits_to_livepeer()
    {
        // Given the fit econ peers --network livepeer reports
        var fit = SupplyCurveFit.ForNetwork(PeerHistory.Embedded(), "livepeer").Calibration!.Parameters;

        // Then the scenario's gateway cohort carries its entry and exit speeds, cost spread and hurdle
        var cohort = Calibrated.Cohorts[0];
        Assert.Equal("tee_gateway", cohort.Name);
        Assert.Equal(Round(fit.EntrySpeed), cohort.Entry.Speed);
        Assert.Equal(Round(fit.ExitSpeed), cohort.Exit.Speed);
        Assert.Equal(Round(fit.CostSpread), cohort.CostSpread);
        Assert.Equal(Round(fit.Hurdle), cohort.Entry.HurdleMargin);
    }

    [Fact]
    public void Only_the_gateways_supply_curve_differs_from_the_baseline()
    {
        Assert.Equal(TestScenarios.Baseline.Cohorts.Count, Calibrated.Cohorts.Count);
        for (int i = 1; i < Calibrated.Cohorts.Count; i++)
        {
            // The other cohorts (the validators) are restated as they are.
            Assert.Equal(TestScenarios.Baseline.Cohorts[i] with { Markets = Calibrated.Cohorts[i].Markets }, Calibrated.Cohorts[i]);
            Assert.Equal(TestScenarios.Baseline.Cohorts[i].Markets, Calibrated.Cohorts[i].Markets);
        }

        var baseline = TestScenarios.Baseline.Cohorts[0];
        var cohort = Calibrated.Cohorts[0];

        // (Markets is a list, which record equality compares by reference: compared by value here.)
        Assert.Equal(baseline.Markets, cohort.Markets);
        Assert.Equal(baseline with { Markets = cohort.Markets, CostSpread = cohort.CostSpread, Entry = cohort.Entry, Exit = cohort.Exit }, cohort);
        Assert.NotEqual(baseline.Entry.Speed, cohort.Entry.Speed);
        Assert.Equal(baseline.Entry.LeadMonths, cohort.Entry.LeadMonths);
        Assert.Equal(baseline.Exit.PatienceMonths, cohort.Exit.PatienceMonths);
    }

    [Fact]
    public void Slow_entry_and_a_high_hurdle_keep_fewer_gateways_than_the_baseline()
    {
        var baseline = Simulation.Run(TestScenarios.Baseline);
        var calibrated = Simulation.Run(Calibrated);

        Assert.True(calibrated.NodesTotal.Max() < baseline.NodesTotal.Max(),
            $"peak nodes {calibrated.NodesTotal.Max()} (calibrated) vs {baseline.NodesTotal.Max()} (baseline)");
    }

    private static double Round(double value) =>
        Math.Round(value, Digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
}

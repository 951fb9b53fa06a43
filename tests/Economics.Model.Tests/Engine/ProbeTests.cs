using System.Globalization;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Xunit.Abstractions;

namespace Economics.Model.Tests.Engine;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Print_Baseline()
    {
        var r = Simulation.Run(ScenarioLoader.Baseline);
        for (int t = 0; t < r.Months; t += 6)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t,3} E={r.EmissionsTokens[t],10:G4} P={r.TokenPriceUsd[t],8:G4} D={r.Demand[t],10:G4} S={r.Served[t],10:G4} fee={r.FeeUsd[t]:G4} up={r.UserPriceUsd[t]:G4} N={r.NodesTotal[t],7:G4} [{string.Join(",", r.Cohorts.Select(c => c.Nodes[t].ToString("F1", CultureInfo.InvariantCulture)))}] fees={r.RevenueFees[t]:G4} em={r.RevenueEmissions[t]:G4} cost={r.OperatorCosts[t]:G4} dep={r.SubsidyDependence[t]:F2} be={r.BreakEvenFeeWithoutEmissions[t]:G4} sell={r.SellPressureUsd[t]:G4}"));
        }

        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(r.Summary, ScenarioJson.Options));
    }
}

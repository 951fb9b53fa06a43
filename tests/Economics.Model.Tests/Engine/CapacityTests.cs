namespace Economics.Model.Tests.Engine;

/// <summary>Rule 4: usable capacity, pro-rata routing, unserved demand, AWS share and concentration.</summary>
public sealed class CapacityTests
{
    // a (aws): 10 nodes × 200,000 × (1 − 0.5) = 1,000,000; b (q): 10 × 300,000 = 3,000,000; total 4,000,000.
    private const string TwoCohorts = """
    { "cohorts": [
        { "name": "a", "provider": "aws", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500,
          "capacityInferencesPerMonth": 200000, "teeOverheadFraction": 0.5 },
        { "name": "b", "provider": "q", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500,
          "capacityInferencesPerMonth": 300000 } ],
      "markets": [ { "name": "m", "kind": "openModel", "inputTokens": 0, "outputTokens": 0, "listUsdPerMillionInput": 0,
                     "listUsdPerMillionOutput": 0, "outsideUsdPerInference": 0.01,
                     "demand": { "initialInferencesPerMonth": 0, "growth": { "kind": "table", "inferencesPerMonth": [2000000, 8000000] }, "adjustmentPerMonth": 1 },
                     "willingnessToPay": { "medianPremium": 100, "spread": 0 } } ] }
    """;

    [Fact]
    public void Capacity_Is_Nodes_Times_Capacity_Less_Tee_Overhead()
    {
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(1e6, r.Cohorts[0].Capacity[0], 1e-6);
        Assert.Equal(3e6, r.Cohorts[1].Capacity[0], 1e-6);
        Assert.Equal(4e6, r.Capacity[0], 1e-6);
    }

    [Fact]
    public void Served_Is_Routed_Pro_Rata_To_Capacity()
    {
        // Month 0: 2e6 served, a 1/4 and b 3/4.
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(2e6, r.Served[0], 1e-6);
        Assert.Equal(0.5e6, r.Cohorts[0].Served[0], 1e-6);
        Assert.Equal(1.5e6, r.Cohorts[1].Served[0], 1e-6);
        Assert.Equal(0, r.Unserved[0], 1e-6);
    }

    [Fact]
    public void Demand_Beyond_Capacity_Is_Unserved()
    {
        // Month 1: demand 8e6, capacity 4e6.
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(4e6, r.Served[1], 1e-6);
        Assert.Equal(4e6, r.Unserved[1], 1e-6);
        Assert.Equal(r.Demand[1], r.Served[1] + r.Unserved[1], 1e-6);
    }

    [Fact]
    public void Aws_Share_And_Concentration_Follow_Capacity_By_Provider()
    {
        // aws 1/4 of capacity; HHI = 0.25² + 0.75² = 0.625.
        var r = TestScenarios.RunSimple(TwoCohorts);
        Assert.Equal(0.25, r.AwsCapacityShare[0], 1e-12);
        Assert.Equal(0.625, r.ProviderConcentration[0], 1e-12);
        Assert.Equal(0.25, r.Summary.PeakAwsCapacityShare!.Value, 1e-12);
    }

    [Fact]
    public void Cohorts_Of_One_Provider_Count_Together_In_Concentration()
    {
        var r = TestScenarios.RunSimple(TwoCohorts, """
            { "cohorts": [
              { "name": "a", "provider": "q", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 100000 },
              { "name": "b", "provider": "q", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 300000 } ] }
            """);
        Assert.Equal(1.0, r.ProviderConcentration[0], 1e-12);
        Assert.Equal(0.0, r.AwsCapacityShare[0]);
    }

    [Fact]
    public void Without_Capacity_Nothing_Is_Served_And_Shares_Are_Not_Applicable()
    {
        var r = TestScenarios.RunSimple("""{ "cohorts": [ { "name": "a", "provider": "aws", "initialNodes": 10, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 500, "capacityInferencesPerMonth": 0 } ] }""");
        Assert.All(r.Served, s => Assert.Equal(0, s));
        Assert.All(r.Unserved, u => Assert.Equal(1e6, u));
        Assert.All(r.AwsCapacityShare, s => Assert.True(double.IsNaN(s)));
        Assert.All(r.ProviderConcentration, s => Assert.True(double.IsNaN(s)));
        Assert.Null(r.Summary.PeakAwsCapacityShare);
        Assert.Equal(1.0, r.Summary.DemandUnservedShare);
    }
}

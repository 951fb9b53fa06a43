using System.Text.RegularExpressions;
using Economics.Charts.Report;
using Economics.Model.Loading;

namespace Economics.Charts.Tests.Report;

public sealed class AssumptionRowsTests
{
    private static AssumptionRow Row(IReadOnlyList<AssumptionRow> rows, string path) => Assert.Single(rows, r => r.Path == path);

    [Fact]
    public void Baseline_Rows_Carry_Section_Unit_And_Source_Or_Estimate()
    {
        var rows = AssumptionRows.Of(ScenarioLoader.Baseline);

        Assert.Equal(new AssumptionRow("Token", "token.pools[0].vestingMonths", "60 months", "months",
            "source: data/reference/opengradient_token.csv#pool_ecosystem_vesting_months", null), Row(rows, "token.pools[0].vestingMonths"));
        var payout = Row(rows, "token.pools[0].payout.tokens");
        Assert.Equal("6,000,000 tokens/month", payout.Value);
        Assert.StartsWith("estimate: the pool spends at its vesting pace", payout.Basis, StringComparison.Ordinal);
        Assert.Equal("89%", Row(rows, "settlement.mix.batchHashed").Value);
        Assert.Equal("0.3 USD per token", Row(rows, "token.price.initialUsd").Value);
        Assert.Equal("1,000,000,000 tokens", Row(rows, "token.maxSupply").Value);
        Assert.Equal(new AssumptionRow(AssumptionRows.GeneralSection, "horizonMonths", "132 months", "months",
            Row(rows, "horizonMonths").Basis, null), Row(rows, "horizonMonths"));
        Assert.Equal("Monte Carlo", Row(rows, "monteCarlo.seed").Section);
        Assert.Equal(AssumptionRows.LabelBasis, Row(rows, "cohorts[0].name").Basis);
        Assert.DoesNotContain(rows, r => r.Path.EndsWith(".use.sum", StringComparison.Ordinal));
    }

    [Fact]
    public void Baseline_Has_No_Differing_Value_And_Groups_By_Section_In_File_Order()
    {
        var rows = AssumptionRows.Of(ScenarioLoader.Baseline);

        Assert.DoesNotContain(rows, r => r.DiffersFromBaseline);
        var groups = AssumptionRows.Grouped(rows).Select(g => g.Group).ToList();
        Assert.Equal(["General", "Token", "Markets", "Viability", "Fees", "Payments", "Chains", "Settlement", "MEV", "Cohorts", "Events", "Uncertainty", "Monte Carlo"], groups);
    }

    [Fact]
    public void What_Differs_From_The_Baseline_Comes_First_With_Both_Values_And_Its_Own_Basis()
    {
        // Given the subsidy cliff (stopMonth 24, commented in its file) and an override of the horizon
        var overrides = new[] { ScenarioOverride.Parse("horizonMonths=120") with { Text = "--set horizonMonths=120" } };
        var source = ScenarioSource.Shipped("subsidy-cliff")!;
        var scenario = ScenarioLoader.Load(source, overrides);

        var rows = AssumptionRows.Of(scenario, ScenarioNotes.Of(source, overrides));
        var groups = AssumptionRows.Grouped(rows);

        Assert.Equal(AssumptionRows.DiffersGroup, groups[0].Group);
        Assert.Equal(["horizonMonths", "token.pools[0].stopMonth"], groups[0].Rows.Select(r => r.Path));
        Assert.Equal(new AssumptionRow(AssumptionRows.GeneralSection, "horizonMonths", "120 months", "months", "--set horizonMonths=120", "132 months"),
            groups[0].Rows[0]);
        var stop = groups[0].Rows[1];
        Assert.Equal(("month 24", AssumptionRows.Absent), (stop.Value, stop.BaselineValue));
        Assert.StartsWith("estimate: a governance vote", stop.Basis, StringComparison.Ordinal);
        Assert.DoesNotContain(groups.Skip(1).SelectMany(g => g.Rows), r => r.DiffersFromBaseline);
    }

    [Fact]
    public void A_Changed_Value_Without_A_Comment_Is_Not_Given_The_Baselines_Source()
    {
        var scenario = ScenarioLoader.Load(ScenarioSource.FromJson("""{ "token": { "price": { "initialUsd": 0.5 } } }"""));

        var row = Row(AssumptionRows.Of(scenario, ScenarioNotes.FromJson("""{ "token": { "price": { "initialUsd": 0.5 } } }""")), "token.price.initialUsd");

        Assert.Equal(("0.5 USD per token", "0.3 USD per token", AssumptionRows.NotStated), (row.Value, row.BaselineValue, row.Basis));
    }

    [Fact]
    public void A_Replaced_List_Lists_The_Baseline_Elements_It_Drops()
    {
        var scenario = ScenarioLoader.Load(ScenarioSource.Shipped("v1-gpu-world")!);

        var rows = AssumptionRows.Of(scenario, ScenarioNotes.Of(ScenarioSource.Shipped("v1-gpu-world")!));

        var dropped = Row(rows, "markets[2].name");
        Assert.Equal((AssumptionRows.Absent, "claude_opus_4_6", AssumptionRows.Removed), (dropped.Value, dropped.BaselineValue, dropped.Basis));
        Assert.Equal(("3,000,000 inferences/node-month", "0 inferences/node-month"),
            (Row(rows, "cohorts[1].capacityInferencesPerMonth").Value, Row(rows, "cohorts[1].capacityInferencesPerMonth").BaselineValue));
    }

    [Theory]
    [InlineData(0.0005, "fraction", "0.05%")]
    [InlineData(0.05, "fraction/month", "5%/month")]
    [InlineData(0.2, "fraction of the outside price", "20% of the outside price")]
    [InlineData(12, "month index", "month 12")]
    [InlineData(1, "months", "1 month")]
    [InlineData(0.00000123, "USD/request", "0.00000123 USD/request")]
    [InlineData(1234567.5, "USD", "1,234,567.5 USD")]
    [InlineData(2.5, "dimensionless", "2.5")]
    public void Quantities_Are_Written_For_A_Person(double value, string unit, string expected) =>
        Assert.Equal(expected, AssumptionRows.Quantity(value, unit));

    [Theory]
    [InlineData("baseline")]
    [InlineData("v1-gpu-world")]
    [InlineData("stablecoin-fees")]
    public void No_Value_Is_In_E_Notation(string name)
    {
        var source = name == "baseline" ? ScenarioSource.Baseline : ScenarioSource.Shipped(name)!;

        var rows = AssumptionRows.Of(ScenarioLoader.Load(source), ScenarioNotes.Of(source));

        Assert.DoesNotContain(rows, r => Regex.IsMatch(r.Value + " " + r.BaselineValue, @"\d[eE][+-]?\d"));
    }
}

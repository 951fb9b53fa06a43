using Economics.Model.Loading;

namespace Economics.Model.Tests.Loading;

public sealed class ScenarioNotesTests
{
    [Fact]
    public void Baseline_Notes_Carry_Unit_And_Source_Of_Each_Commented_Value()
    {
        var note = ScenarioNotes.Baseline.At("token.pools[0].vestingMonths");

        Assert.Equal(new ScenarioNote("months of linear vesting", "source: data/reference/opengradient_token.csv#pool_ecosystem_vesting_months"), note);
        Assert.True(note!.IsSourced);
        Assert.True(ScenarioNotes.Baseline.At("token.pools[0].payout.tokens")!.IsEstimate);
        Assert.Equal("tokens/month", ScenarioNotes.Baseline.At("token.pools[0].payout.tokens")!.Unit);
    }

    [Fact]
    public void A_Comment_Belongs_To_The_Value_On_Its_Line_Only()
    {
        // Given a header comment, an own-line comment, a commented array element and an uncommented value
        var notes = ScenarioNotes.FromJson("""
            {
              // a header about nothing in particular
              "horizonMonths": 24,        // months; estimate: two years
              "token": {
                // about the next line, but on its own line
                "maxSupply": 5,
                "pools": [ { "name": "a", "share": 0.5 } ]   // fraction; source: somewhere
              },
              "values": [1, 2,            // tokens; estimate: a table
                3]
            }
            """);

        Assert.Equal(new ScenarioNote("months", "estimate: two years"), notes.AboveBaselineAt("horizonMonths"));
        Assert.Null(notes.AboveBaselineAt("token.maxSupply"));
        Assert.Equal("source: somewhere", notes.AboveBaselineAt("token.pools")!.Basis);
        Assert.Null(notes.AboveBaselineAt("token.pools[0].share"));
        Assert.Equal("estimate: a table", notes.AboveBaselineAt("values")!.Basis);
    }

    [Fact]
    public void Layers_And_Overrides_Replace_The_Baseline_Note_At_Their_Paths()
    {
        var overrides = new[] { ScenarioOverride.Parse("horizonMonths=120") with { Text = "--set horizonMonths=120" } };

        var notes = ScenarioNotes.Of(ScenarioSource.Shipped("subsidy-cliff")!, overrides);

        Assert.Equal(new ScenarioNote(null, "--set horizonMonths=120"), notes.At("horizonMonths"));
        Assert.StartsWith("estimate: a governance vote ends", notes.AboveBaselineAt("token.pools[0].stopMonth")!.Basis, StringComparison.Ordinal);
        // A path only the baseline notes keeps the baseline's note, but not as a note from above it.
        Assert.Equal(ScenarioNotes.Baseline.At("token.price.initialUsd"), notes.At("token.price.initialUsd"));
        Assert.Null(notes.AboveBaselineAt("token.price.initialUsd"));
    }

    [Theory]
    [InlineData("USD/month per node; source: x.csv#k", "USD/month per node", "source: x.csv#k")]
    [InlineData("estimate: why", null, "estimate: why")]
    [InlineData("just words; nothing more", null, "just words; nothing more")]
    public void Note_Splits_Unit_From_Basis(string comment, string? unit, string basis) =>
        Assert.Equal(new ScenarioNote(unit, basis), ScenarioNote.Parse(comment));

    [Theory]
    [InlineData("token.pools[0].payout.tokens", "tokens/month")]
    [InlineData("token.price.driftAnnual", "per year")]
    [InlineData("cohorts[0].overheadUsdPerMonth", "USD/node-month")]
    [InlineData("settlement.mix.batchHashed", "fraction")]
    [InlineData("settlement.history.usdPerGbMonth", "USD/(GB·month)")]
    public void Schema_Gives_The_Unit_Of_A_Path(string path, string unit) =>
        Assert.Equal(unit, ScenarioFieldDocs.UnitOf(path));

    [Fact]
    public void Schema_Follows_The_Branch_Of_The_Kind_Inside_A_One_Of()
    {
        Assert.Equal("USD/month", ScenarioFieldDocs.Of("token.pools[0].payout.usd", _ => "usdPerMonth")!.Unit);
        Assert.Null(ScenarioFieldDocs.Of("token.pools[0].no.such"));
        Assert.Null(ScenarioFieldDocs.Of("not a path["));
    }
}

using Economics.Analysis.Text;

namespace Economics.Analysis.Tests.Text;

public sealed class FieldLabelTests
{
    [Theory]
    [InlineData("fees.policy.markupFraction", "Markup fraction (%)")]
    [InlineData("cohorts[0].overheadUsdPerMonth", "Overhead USD per month of cohorts[0] (USD/node-month)")]
    [InlineData("markets[0].demand.growth.monthlyRate", "Growth monthly rate of markets[0] (fraction/month)")]
    [InlineData("token.pools[0].payout.tokens", "Payout tokens of token.pools[0] (tokens/month)")]
    [InlineData("cohorts[1].entry.speed", "Entry speed of cohorts[1] (fraction/month)")]
    [InlineData("horizonMonths", "Horizon months (months)")]
    [InlineData("no.such.field", "Field")]
    [InlineData("not a path[", "not a path[")]
    public void A_Path_Is_Written_In_Words_With_Its_Unit(string path, string label) =>
        Assert.Equal(label, FieldLabel.Of(path));

    [Theory]
    [InlineData("fees.policy.markupFraction", 0.25, "25%")]
    [InlineData("token.pools[0].payout.tokens", 6_000_000, "6,000,000")]
    [InlineData("markets[0].willingnessToPay.medianPremium", 0.000001, "0.000001")]
    public void Ticks_Are_Written_In_The_Fields_Unit_Without_E_Notation(string path, double value, string text) =>
        Assert.Equal(text, FieldLabel.Tick(path, value));
}

using Economics.Analysis.Peers;

namespace Economics.Analysis.Tests.Peers;

public sealed class SupplyCurveResponseTests
{
    private static readonly SupplyCurveParameters Curve = new()
    {
        EntrySpeed = 0.5,
        ExitSpeed = 0.25,
        CostSpread = 1,
        Hurdle = 0.25,
        PotentialNodes = 1000,
        MedianCostUsd = 100,
    };

    [Fact]
    public void Half_the_potential_operators_enter_at_median_cost_times_one_plus_hurdle()
    {
        // Given 10 nodes sharing 1,250 USD: 125 USD a node = 100 × (1 + 0.25), the median break-even income
        Assert.Equal(500, SupplyCurveResponse.Target(1250, 10, Curve), 9);
        Assert.Equal(125, Curve.HalfEntryIncomeUsd, 12);
    }

    [Fact]
    public void Target_is_the_lognormal_cdf_and_the_cap()
    {
        // income per node e·125: F = Φ(1) = 0.841344746…
        Assert.Equal(841.344746068543, SupplyCurveResponse.Target(Math.E * 1250, 10, Curve), 9);
        Assert.Equal(300, SupplyCurveResponse.Target(Math.E * 1250, 10, Curve with { MaxNodes = 300 }), 12);
        Assert.Equal(0, SupplyCurveResponse.Target(0, 10, Curve));
    }

    [Fact]
    public void One_step_of_entry_and_one_of_exit_by_hand()
    {
        // Month 0: 10 nodes share 1,250 → target 500 > 10, entry: 10 + 0.5 × 490 = 255.
        // Month 1: 255 nodes share 0 USD → target 0 < 255, exit: 255 − 0.25 × 255 = 191.25.
        var nodes = SupplyCurveResponse.Simulate([1250, 0, 0], 10, Curve);

        Assert.Equal([10, 255, 191.25], nodes);
    }

    [Fact]
    public void Constant_income_converges_to_the_equilibrium()
    {
        // N = P·F(Y / (N (1 + h))): at Y = 62,500 USD, N = 500 gives 125 USD a node and F = 0.5, a fixed point.
        var nodes = SupplyCurveResponse.Simulate([.. Enumerable.Repeat(62_500.0, 200)], 10, Curve);

        Assert.Equal(500, nodes[^1], 6);
    }

    [Fact]
    public void A_lead_delays_the_response()
    {
        var lagged = SupplyCurveResponse.Simulate([1250, 0, 0, 0, 0], 10, Curve with { LeadMonths = 2 });

        // N(t + 1) moves toward N*(t − 2): N*(0) = 500 for t = 0, 1, 2 (held while t < L), then N*(1) = 0 for t = 3.
        Assert.Equal(255, lagged[1], 12);
        Assert.Equal(377.5, lagged[2], 12);
        Assert.Equal(438.75, lagged[3], 12);
        Assert.Equal(438.75 * 0.75, lagged[4], 12);
    }

    [Theory]
    [InlineData(0.0, 0.2, "entrySpeed = 0 is outside (0, 1]")]
    [InlineData(0.5, 1.5, "exitSpeed = 1.5 is outside (0, 1]")]
    [InlineData(double.NaN, 0.2, "entrySpeed = NaN is outside (0, 1]")]
    public void Should_Refuse_A_Speed_Out_Of_Range(double entry, double exit, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            SupplyCurveResponse.Simulate([1, 1], 1, Curve with { EntrySpeed = entry, ExitSpeed = exit }));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}

using Economics.Analysis.Sweeps;

namespace Economics.Analysis.Tests.Sweeps;

public sealed class SweepAxisTests
{
    [Fact]
    public void Should_Parse_Path_Range_And_Count()
    {
        var axis = SweepAxis.Parse("fees.policy.usdPerInference=0.001:0.005:5");
        Assert.Equal("fees.policy.usdPerInference", axis.Path);
        Assert.Equal([0.001, 0.002, 0.003, 0.004, 0.005], axis.Values.Select(v => Math.Round(v, 12)));
        Assert.Equal(0.005, axis.Values[^1]);
    }

    [Theory]
    [InlineData("fees.policy.usdPerInference", "no 'path='")]
    [InlineData("fees.policy.usdPerInference=0.001:0.005", "three parts")]
    [InlineData("fees.policy.usdPerInference=a:0.005:3", "finite numbers")]
    [InlineData("fees.policy.usdPerInference=0,001:0.005:3", "finite numbers")]
    [InlineData("fees.policy.usdPerInference=0.001:0.005:0", "whole number from 1")]
    [InlineData("fees.policy.usdPerInference=0.001:0.005:2000000", "whole number from 1")]
    [InlineData("fees.policy.usdPerInference=0.001:0.005:1", "single value")]
    public void Should_Explain_A_Bad_Spec_And_Name_The_Path(string spec, string reason)
    {
        Assert.False(SweepAxis.TryParse(spec, out _, out string error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains("fees.policy.usdPerInference", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Round_Trip_Through_Text()
    {
        var axis = new SweepAxis("demand.priceElasticity", 0.5, 2.5, 9);
        Assert.Equal(axis, SweepAxis.Parse(axis.ToString()));
    }
}

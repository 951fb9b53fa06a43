using Economics.Analysis.Text;

namespace Economics.Analysis.Tests.Text;

public sealed class HumanFormatTests
{
    [Theory]
    [InlineData(3_500_360.4, "3,500,360")]
    [InlineData(0.000093627, "0.00009363")]
    [InlineData(1e-12, "0.000000000001")]
    [InlineData(1e15, "1,000,000,000,000,000")]
    [InlineData(1e308, "1 × 10³⁰⁸")]
    [InlineData(-3.5e21, "-3.5 × 10²¹")]
    [InlineData(9.99999e22, "1 × 10²³")] // four significant digits round the mantissa up to 10: the exponent carries
    [InlineData(-0.5, "-0.5")]
    [InlineData(0, "0")]
    [InlineData(double.NaN, "n/a")]
    public void Numbers_are_never_written_in_E_notation(double value, string expected) =>
        Assert.Equal(expected, HumanFormat.Number(value));

    [Fact]
    public void Six_significant_digits_when_asked() =>
        Assert.Equal("0.0100397", HumanFormat.Number(0.010039733181727215, 6));

    [Fact]
    public void Distinct_adds_digits_until_two_close_numbers_differ()
    {
        var (a, b) = HumanFormat.Distinct(0.0100397331, 0.0100397339);
        Assert.Equal("0.010039733", a);
        Assert.Equal("0.010039734", b);
    }

    [Theory]
    // The operator's last possible entry runs 1 month ("over 1 months" before).
    [InlineData(1, "1 month")]
    [InlineData(0, "0 months")]
    [InlineData(73, "73 months")]
    [InlineData(1200, "1200 months")]
    public void Months_Are_Counted_In_Words(int months, string expected) => Assert.Equal(expected, HumanFormat.Months(months));

    [Theory]
    // econ breakeven reported a jump "between … = 6,060,606 and 6,060,606": from 1,000 up Number writes whole numbers.
    [InlineData(6_060_606.06, 6_060_606.36, "6,060,606.1", "6,060,606.4")]
    [InlineData(6_060_606.0625, 6_060_606.0626, "6,060,606.0625", "6,060,606.0626")]
    [InlineData(-1_234.5, -1_234.7, "-1,234.5", "-1,234.7")]
    [InlineData(6_060_606.0, 6_060_607.0, "6,060,606", "6,060,607")]
    [InlineData(5_000.0, 5_000.0, "5,000", "5,000")]
    public void Distinct_writes_decimals_when_two_large_numbers_share_their_whole_part(double x, double y, string a, string b) =>
        Assert.Equal((a, b), HumanFormat.Distinct(x, y));

    [Theory]
    // The word follows the rounded value: the baseline's 999,999,999.6 emitted tokens read "1000 million".
    [InlineData(999_999_999.6, "1 billion")]
    [InlineData(999_994_000.0, "999.99 million")]
    [InlineData(1_234_567.0, "1.23 million")]
    [InlineData(999_999.6, "1 million")]
    [InlineData(999_999.4, "999,999")]
    [InlineData(150.0, "150")]
    [InlineData(41.5, "41.5")]
    [InlineData(-2.5e9, "-2.5 billion")]
    [InlineData(3e15, "3000 trillion")]
    public void Count_chooses_its_word_after_rounding(double value, string expected) =>
        Assert.Equal(expected, HumanFormat.Count(value));

    [Theory]
    [InlineData(3_500_360.0, "$3.5M")]
    [InlineData(34_240_700.0, "$34.24M")]
    [InlineData(12_345.0, "$12,345")]
    // Hundreds in whole dollars, as thousands are ("−$459" beside "−$1,196"); below $100 with cents
    [InlineData(-459.0, "−$459")]
    [InlineData(206.66, "$207")]
    [InlineData(99.995, "$100")]
    [InlineData(99.99, "$99.99")]
    [InlineData(12.3, "$12.30")]
    [InlineData(0.0018245, "$0.00182")]
    [InlineData(-2_000.0, "−$2,000")]
    [InlineData(3e14, "$300T")]
    // A stake of 1e300 tokens printed 300 digits and "B": beyond 10^15 USD the words say so.
    [InlineData(3e302, "over $1,000T")]
    [InlineData(-2e20, "under −$1,000T")]
    [InlineData(double.PositiveInfinity, "over $1,000T")]
    [InlineData(double.NaN, "n/a")]
    public void Dollars(double value, string expected) => Assert.Equal(expected, HumanFormat.Usd(value));

    [Theory]
    [InlineData(0.41, "41%")]
    [InlineData(0.045, "4.5%")]
    [InlineData(0.0001, "<0.1%")]
    [InlineData(10.62, "1062%")]
    // Just short of the whole: not "100%" (the baseline's operator net fee is 99.7% of the price, beside 0.3% conversion)
    [InlineData(0.997, "99.7%")]
    [InlineData(0.995, "99.5%")]
    [InlineData(0.9949, "99%")]
    [InlineData(0.9951, "99.5%")]
    [InlineData(0.9996, "99.96%")]
    [InlineData(0.99996, ">99.99%")]
    [InlineData(1.0, "100%")]
    // Negative shares take the minus sign (U+2212), as amounts do ("−$459"), not a hyphen
    [InlineData(-0.997, "−99.7%")]
    [InlineData(-0.45, "−45%")]
    [InlineData(-0.078, "−7.8%")]
    [InlineData(-0.00001, "−<0.1%")]
    [InlineData(1e6, "100000000%")]
    // A schema-fuzz find: rails over a subnormal all-in price gave 3e306, written as 'Infinity%' (×100 overflowed).
    [InlineData(3e306, "over 100,000,000%")]
    [InlineData(double.PositiveInfinity, "over 100,000,000%")]
    [InlineData(double.NaN, "n/a")]
    public void Percentages_stay_readable_at_any_size(double fraction, string expected) => Assert.Equal(expected, HumanFormat.Percent(fraction));

    [Theory]
    [InlineData(3.2, "3.2×")]
    [InlineData(0.73, "0.73×")]
    // The baseline's user price against the direct API read "1.0×" for 1.003
    [InlineData(1.003, "1.003×")]
    [InlineData(0.9981, "0.998×")]
    [InlineData(1.0, "1.0×")]
    [InlineData(1.06, "1.06×")]
    [InlineData(1062.4, "1,062×")]
    [InlineData(-2.5, "−2.5×")]
    [InlineData(-1062.4, "−1,062×")]
    [InlineData(2.039e295, "over 1,000,000×")]
    [InlineData(double.PositiveInfinity, "over 1,000,000×")]
    [InlineData(double.NaN, "n/a")]
    public void Multiples_stay_readable_at_any_size(double ratio, string expected) => Assert.Equal(expected, HumanFormat.Times(ratio));

    [Theory]
    [InlineData(0.003, "+0.3%")]
    [InlineData(0, "+0%")]
    [InlineData(-0.05, "−5%")]
    [InlineData(1.0, "+100%")]
    [InlineData(2.4, "3.4× direct")]
    [InlineData(532.9, "534× direct")]
    [InlineData(double.NaN, "n/a")]
    public void Premiums_above_double_the_price_are_multiples_of_it(double fraction, string expected) =>
        Assert.Equal(expected, HumanFormat.Premium(fraction));

    [Theory]
    [InlineData("cumulativeOperatorProfitUsd", "Cumulative operator profit (USD)")]
    [InlineData("viabilityCliffMonth", "Viability cliff month")]
    [InlineData("peakAwsCapacityShare", "Peak AWS capacity share")]
    [InlineData("survivingNodesByCohort.gpu-tee", "Surviving nodes by cohort: gpu-tee")]
    [InlineData("survivingNodes", "Surviving nodes")]
    public void Keys_become_labels(string key, string label) => Assert.Equal(label, HumanFormat.Label(key));

    [Theory]
    [InlineData("subsidyEndMonth", MetricUnit.Month)]
    [InlineData("cumulativeOperatorProfit", MetricUnit.Usd)] // a metric: its description says (USD)
    [InlineData("cumulativeGasSpendUsd", MetricUnit.Usd)]
    [InlineData("demandLostShare", MetricUnit.Fraction)]
    [InlineData("peakSubsidyDependence", MetricUnit.Fraction)]
    [InlineData("requiredFeeIncreaseFactor", MetricUnit.Ratio)]
    [InlineData("userPriceVsOutside", MetricUnit.Ratio)]
    [InlineData("onchainBytesCumulative", MetricUnit.Bytes)]
    [InlineData("survivingNodesByCohort.gpu-tee", MetricUnit.Count)]
    [InlineData("providerConcentrationIndex", MetricUnit.Number)]
    public void The_unit_comes_from_the_metric_description_or_the_key(string key, MetricUnit unit) =>
        Assert.Equal(unit, HumanFormat.UnitOf(key));

    [Fact]
    public void Values_are_written_in_their_unit()
    {
        Assert.Equal("49%", HumanFormat.Value("demandLostShare", 0.49006));
        Assert.Equal("1.9×", HumanFormat.Value("userPriceVsOutside", 1.9));
        Assert.Equal("month 48", HumanFormat.Value("subsidyEndMonth", 48));
        Assert.Equal("never", HumanFormat.Month(null));
        Assert.Equal("3.4 GB", HumanFormat.Value("onchainBytesCumulative", 3.4e9));
    }

    [Theory]
    [InlineData(0, "0 operator cohorts")]
    [InlineData(1, "1 operator cohort")]
    [InlineData(2, "2 operator cohorts")]
    [InlineData(1200, "1200 operator cohorts")]
    public void Things_Agree_With_Their_Count(int count, string expected) =>
        Assert.Equal(expected, HumanFormat.Things(count, "operator cohort", "operator cohorts"));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "demand drop" }, "demand drop")]
    [InlineData(new[] { "demand drop", "AWS outage" }, "demand drop and AWS outage")]
    [InlineData(new[] { "a", "b", "c" }, "a, b and c")]
    public void Lists_join_with_commas_and_a_last_and(string[] items, string expected) =>
        Assert.Equal(expected, HumanFormat.List(items));
}

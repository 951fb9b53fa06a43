using Economics.Charts.Single;
using Economics.Charts.Theme;

namespace Economics.Charts.Tests.Theme;

public class ChartThemeTests
{
    [Fact]
    public void Cohort_Colours_Cycle()
    {
        var theme = ChartTheme.Default;

        Assert.Equal(theme.CohortColor(0), theme.CohortColor(theme.CohortColors.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => theme.CohortColor(-1));
    }

    [Fact]
    public void Aws_Has_Its_Own_Colour_And_Unknown_Providers_Fall_Back_To_Cohort_Colours()
    {
        var theme = ChartTheme.Default;

        Assert.Equal("#FF9900", theme.ProviderColor("aws", 3));
        Assert.Equal(theme.CohortColor(3), theme.ProviderColor("hetzner", 3));
    }

    [Fact]
    public void A_Custom_Theme_Colours_The_Charts()
    {
        // Given a theme whose fee colour is pure red
        var theme = ChartTheme.Default with { FeesColor = "#ff0000", FontSize = 20 };

        var chart = RunCharts.RevenueVsCosts(Scenarios.Baseline, theme);

        var fees = Figure.Trace(chart, "Fees (net of protocol take)");
        Assert.Equal("rgba(255,0,0,0.75)", (string?)fees["fillcolor"]);
        Assert.Equal(20, (int)Figure.Layout(chart)["font"]!["size"]!);
    }
}

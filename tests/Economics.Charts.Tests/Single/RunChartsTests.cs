using Economics.Charts.Single;
using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;

namespace Economics.Charts.Tests.Single;

public class RunChartsTests
{
    public static TheoryData<string> Runs => new() { "baseline", "one-cohort-no-emissions", "stress" };

    private static SimulationResult RunNamed(string name) => name switch
    {
        "baseline" => Scenarios.Baseline,
        "one-cohort-no-emissions" => Scenarios.OneCohortNoEmissions,
        _ => Scenarios.Stress,
    };

    public class All
    {
        [Theory]
        [MemberData(nameof(Runs), MemberType = typeof(RunChartsTests))]
        public void Should_Build_Every_Chart_With_A_Question_Title_Axis_Titles_And_Traces(string run)
        {
            // Given a finished run
            var result = RunNamed(run);

            // When every single-run chart is built
            var charts = RunCharts.All(result);

            // Then there are nine, each with traces, a question as title and every axis titled
            Assert.Equal(9, charts.Count);
            Assert.Equal(charts.Count, charts.Select(c => c.Id).Distinct().Count());
            foreach (var chart in charts)
            {
                Assert.NotEmpty(Figure.Traces(chart.Chart));
                Assert.Contains("?", Figure.Title(chart.Chart), StringComparison.Ordinal);
                var layout = Figure.Layout(chart.Chart);
                var axes = layout.Where(p => p.Key.StartsWith("yaxis", StringComparison.Ordinal) || (p.Key == "xaxis" && (string?)p.Value!["type"] != "date"));
                Assert.All(axes, axis => Assert.False(string.IsNullOrWhiteSpace((string?)axis.Value!["title"]?["text"]), $"{chart.Id}: {axis.Key} has no title"));
            }
        }

        [Theory]
        [MemberData(nameof(Runs), MemberType = typeof(RunChartsTests))]
        public void Should_Put_Calendar_Dates_From_StartMonth_On_Time_Axes(string run)
        {
            var result = RunNamed(run);
            var chart = RunCharts.RevenueVsCosts(result);

            var x = Figure.Traces(chart)[0]!["x"]!.AsArray();

            Assert.Equal(result.Months, x.Count);
            Assert.StartsWith("2026-04-01", (string)x[0]!, StringComparison.Ordinal);
            Assert.StartsWith(result.Date[^1].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)x[^1]!, StringComparison.Ordinal);
            Assert.Equal("date", (string?)Figure.Layout(chart)["xaxis"]!["type"]);
        }
    }

    public class RevenueVsCosts
    {
        [Fact]
        public void Should_Stack_Fees_And_Subsidy_And_Mark_The_Month_The_Subsidy_Ends()
        {
            // Given the baseline (the ecosystem pool pays operators to month 66, starting 2026-04)
            var result = Scenarios.Baseline;

            var chart = RunCharts.RevenueVsCosts(result);

            // Then fees and subsidy are one stack with the run's values, costs a line, and Nov 2031 is marked
            var fees = Figure.Trace(chart, "Fees (net of protocol take)");
            var emissions = Figure.Trace(chart, "Subsidy (pool payouts)");
            Assert.Equal("revenue", (string?)fees["stackgroup"]);
            Assert.Equal("revenue", (string?)emissions["stackgroup"]);
            Assert.Equal(result.RevenueFees, Figure.Numbers(fees["y"]));
            Assert.Equal(result.RevenueSubsidy, Figure.Numbers(emissions["y"]));
            Assert.Null(Figure.Trace(chart, "Operator costs")["stackgroup"]);
            var shape = Assert.Single(Figure.Layout(chart)["shapes"]!.AsArray());
            Assert.Equal("2031-11-01", (string?)shape!["x0"]);
        }

        [Fact]
        public void Should_Leave_Out_Emissions_And_The_Marker_Without_Emissions()
        {
            var chart = RunCharts.RevenueVsCosts(Scenarios.OneCohortNoEmissions);

            var names = Figure.Traces(chart).Select(t => (string)t!["name"]!).ToArray();

            Assert.Equal(["Fees (net of protocol take)", "Operator costs"], names);
            Assert.Empty(Figure.Layout(chart)["shapes"]!.AsArray());
        }

        [Fact]
        public void Should_Add_Mev_When_Operators_Earn_It()
        {
            var chart = RunCharts.RevenueVsCosts(Scenarios.Stress);

            var mev = Figure.Trace(chart, "MEV");

            Assert.Equal(Scenarios.Stress.RevenueMev, Figure.Numbers(mev["y"]));
            Assert.Contains(Scenarios.Stress.RevenueMev, v => v > 0);
        }
    }

    public class NodesAndDemand
    {
        [Fact]
        public void Should_Stack_Inference_Nodes_And_Draw_Validators_As_Their_Own_Line()
        {
            // Given the baseline: a gateway cohort and a validator cohort
            var result = Scenarios.Baseline;

            var chart = RunCharts.NodesAndDemand(result);

            // Then the gateways are a stacked area and the validators a dashed line beside them, with the run's values
            var gateways = Figure.Trace(chart, "Nodes: tee_gateway");
            var validators = Figure.Trace(chart, "Validators: og_validators");
            Assert.Equal("nodes", (string?)gateways["stackgroup"]);
            Assert.Null(validators["stackgroup"]);
            Assert.Equal("dash", (string?)validators["line"]!["dash"]);
            Assert.Equal(result.Cohorts.Single(c => c.Name == "og_validators").Nodes, Figure.Numbers(validators["y"]));
            Assert.Contains("validators covering their costs", Figure.Title(chart), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(70, 1)]   // 3 months after the baseline's subsidy ends (month 67): the labels would overlap
        [InlineData(42, 1)]   // 25 months before: still within a label's width (0.2 × 132 = 26.4 months)
        [InlineData(100, 0)]  // 33 months after: side by side
        public void Should_Raise_The_Cliff_Label_A_Row_When_The_Subsidy_End_Is_Close(int cliff, int row)
        {
            // Given the baseline's run with a viability cliff put in at a chosen month
            var b = Scenarios.Baseline;
            var result = b with { Summary = b.Summary with { ViabilityCliffMonth = cliff } };

            var annotations = Figure.Layout(RunCharts.NodesAndDemand(result))["annotations"]!.AsArray();

            // Then the cliff's label is lifted one row (17 px at the default 13 px font) only when near
            var label = annotations.Single(a => ((string?)a!["text"])!.StartsWith("Viability cliff", StringComparison.Ordinal))!;
            Assert.Equal(row * 17, (int?)label["yshift"] ?? 0);
            var end = annotations.Single(a => ((string?)a!["text"])!.StartsWith("Subsidy ends", StringComparison.Ordinal))!;
            Assert.Null(end["yshift"]);
        }

        [Fact]
        public void Should_Write_Billions_As_B_Not_The_Si_G()
        {
            var chart = RunCharts.NodesAndDemand(Scenarios.Baseline);

            // The demand axis lets Plotly write 1e9 as "1B" (d3's "~s" would write "1G"); hovers show the full count.
            var axis = Figure.Layout(chart)["yaxis2"]!;
            Assert.Equal("B", (string?)axis["exponentformat"]);
            Assert.Null(axis["tickformat"]);
            Assert.Equal("%{y:,.0f}<extra>Served</extra>", (string?)Figure.Trace(chart, "Served")["hovertemplate"]);
        }
    }

    public class SubsidyDependence
    {
        [Fact]
        public void Should_Draw_The_Total_With_The_Runs_Values()
        {
            var result = Scenarios.Baseline;

            var chart = RunCharts.SubsidyDependence(result);

            Assert.Equal(result.SubsidyDependence, Figure.Numbers(Figure.Trace(chart, "All operators")["y"]));
            Assert.Equal(".0%", (string?)Figure.Layout(chart)["yaxis"]!["tickformat"]);
        }

        [Fact]
        public void Should_Draw_Cohort_Lines_Only_When_A_Cohort_Departs_From_The_Total()
        {
            // Given the stress run, where cohorts leave at different speeds, and the baseline, where all move together
            bool Differs(Economics.Model.Results.SimulationResult r) => r.Cohorts.Any(c => Enumerable.Range(0, r.Months).Any(m =>
                Math.Abs(c.SubsidyDependence[m] - r.SubsidyDependence[m]) > RunCharts.CohortLineThreshold));

            var v1 = Simulation.Run(ScenarioLoader.Load(ScenarioSource.FromJson("""{ "base": "v1-gpu-world", "name": "v1" }""")));
            Assert.True(Differs(v1), "the v1 world's GPU cohorts earn fees above cost, unlike its gateways");
            foreach (var result in new[] { Scenarios.Baseline, Scenarios.Stress, v1 })
            {
                int traces = Figure.Traces(RunCharts.SubsidyDependence(result)).Count;
                Assert.Equal(Differs(result) ? 1 + result.Cohorts.Count : 1, traces);
            }
        }
    }

    public class FeeVsBreakEven
    {
        [Fact]
        public void Should_Use_A_Log_Axis_Exactly_When_Prices_Span_More_Than_20x()
        {
            foreach (var result in new[] { Scenarios.Baseline, Scenarios.Stress, Scenarios.OneCohortNoEmissions })
            {
                var chart = RunCharts.FeeVsBreakEven(result);
                var values = result.FeeUsd.Concat(result.BreakEvenFeeWithoutSubsidy).Concat(result.UserPriceUsd).Concat(result.OutsidePriceUsd)
                    .Where(v => v > 0 && double.IsFinite(v)).ToArray();
                bool log = values.Max() / values.Min() > RunCharts.LogScaleRatio;
                Assert.Equal(log ? "log" : null, (string?)Figure.Layout(chart)["yaxis"]!["type"]);
                Assert.Equal(log ? "USD per inference (log scale)" : "USD per inference", (string?)Figure.Layout(chart)["yaxis"]!["title"]!["text"]);
            }
        }

        [Fact]
        public void Should_Use_A_Log_Axis_When_Prices_Span_More_Than_20x()
        {
            // Given a markup of 100×: the fee is 101× the direct API price
            var scenario = ScenarioFields.WithNumber(ScenarioLoader.Baseline, "fees.policy.markupFraction", 100);

            var chart = RunCharts.FeeVsBreakEven(Simulation.Run(scenario));

            Assert.Equal("log", (string?)Figure.Layout(chart)["yaxis"]!["type"]);
            Assert.Contains("log scale", (string?)Figure.Layout(chart)["yaxis"]!["title"]!["text"], StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Draw_The_Direct_Api_Price()
        {
            // The outside option month by month: the served requests' list price (pass-through at zero markup = the fee).
            var chart = RunCharts.FeeVsBreakEven(Scenarios.Baseline);

            Assert.Equal(Scenarios.Baseline.OutsidePriceUsd, Figure.Numbers(Figure.Trace(chart, "Direct API price (outside option)")["y"]));
            Assert.Equal(Scenarios.Baseline.FeeUsd[0], Scenarios.Baseline.OutsidePriceUsd[0], 1e-15);
        }
    }

    public class UserPrice
    {
        [Theory]
        [MemberData(nameof(Runs), MemberType = typeof(RunChartsTests))]
        public void Components_Should_Sum_To_The_User_Price(string run)
        {
            var result = RunNamed(run);

            var components = PriceComponents.Of(result);

            for (int m = 0; m < result.Months; m++)
            {
                double sum = components.Sum(c => c.Values[m]);
                Assert.Equal(result.UserPriceUsd[m], sum, 1e-12);
            }
        }

        [Fact]
        public void Month_Bars_Should_Show_Each_Component_Of_That_Month()
        {
            var result = Scenarios.Stress;
            const int month = 48;

            var chart = RunCharts.UserPriceInMonth(result, month);

            var bars = Figure.Traces(chart)[0]!;
            Assert.Equal(PriceComponents.Of(result).Select(c => c.Values[month]), Figure.Numbers(bars["x"]));
            Assert.Contains("Apr 2030", Figure.Title(chart), StringComparison.Ordinal);
        }

        [Fact]
        public void Month_Bars_Should_Reject_A_Month_Past_The_Horizon()
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => RunCharts.UserPriceInMonth(Scenarios.Baseline, 132));

            Assert.Equal("month", e.ParamName);
        }
    }

    public class OnchainState
    {
        [Fact]
        public void Tiers_Should_Add_Up_To_The_Cumulative_Bytes()
        {
            var result = Scenarios.Stress;

            var chart = RunCharts.OnchainState(result);

            var tiers = Figure.Traces(chart).Where(t => (string?)t!["stackgroup"] == "bytes").Select(t => Figure.Numbers(t!["y"])).ToArray();
            Assert.Equal(3, tiers.Length);
            for (int m = 0; m < result.Months; m++)
            {
                Assert.Equal(result.OnchainBytesCumulative[m] / 1e9, tiers.Sum(t => t[m]), 1e-6);
            }

            Assert.Equal("y2", (string?)Figure.Trace(chart, "History-carry cost (right axis)")["yaxis"]);
        }
    }

    public class AwsCapacity
    {
        [Fact]
        public void Should_Shade_The_Outage_Window()
        {
            // Stress: aws loses 80% of capacity in months 30–32 (Oct–Dec 2028)
            var chart = RunCharts.AwsCapacity(Scenarios.Stress);

            var rect = Assert.Single(Figure.Layout(chart)["shapes"]!.AsArray(), s => (string?)s!["type"] == "rect")!;
            Assert.Equal("2028-10-01", (string?)rect["x0"]);
            Assert.Equal("2029-01-01", (string?)rect["x1"]);
        }

        [Fact]
        public void Without_An_Outage_Should_Show_The_What_If_Of_The_Shipped_Aws_Outage()
        {
            // Given the baseline (no event; AWS holds all capacity) and the shipped aws-outage scenario's outage
            var result = Scenarios.Baseline;
            var outage = RunCharts.WhatIfAwsOutage(result.Scenario)!;
            var whatIf = Simulation.Run(result.Scenario with { Events = [outage] });

            var chart = RunCharts.AwsCapacity(result);

            // Then the title says it is a what-if, the what-if's served line is drawn and its window shaded
            Assert.Equal((12, 6, 1.0), (outage.Month, outage.DurationMonths, outage.CapacityLossFraction));
            Assert.Contains("what if AWS failed for 6 months (a what-if, not in this scenario)?", Figure.Title(chart), StringComparison.Ordinal);
            var served = Figure.Numbers(Figure.Trace(chart, "Demand served if AWS failed (what-if)")["y"]);
            Assert.Equal(Enumerable.Range(0, whatIf.Months).Select(m => whatIf.Served[m] / whatIf.Demand[m]), served, new ToleranceComparer(1e-12));
            Assert.Equal(0, served[12]);
            Assert.Equal(0, whatIf.Served[12]);
            Assert.True(result.Served[12] > 0);
            var rect = Assert.Single(Figure.Layout(chart)["shapes"]!.AsArray(), s => (string?)s!["type"] == "rect")!;
            Assert.Equal(("2027-04-01", "2027-10-01"), ((string?)rect["x0"], (string?)rect["x1"]));
            Assert.Contains("(what-if), served falls to 0% of demand at worst (Apr 2027)", Figure.PlainTitle(chart), StringComparison.Ordinal);
        }

        [Fact]
        public void With_An_Outage_Should_Answer_From_The_Run_Itself()
        {
            var result = Simulation.Run(ScenarioLoader.Load(ScenarioSource.Shipped("aws-outage")!));

            var chart = RunCharts.AwsCapacity(result);

            Assert.StartsWith("What happens to service when AWS fails?", Figure.Title(chart), StringComparison.Ordinal);
            Assert.Contains("During the AWS outage (Apr 2027 – Sep 2027) served falls to", Figure.PlainTitle(chart), StringComparison.Ordinal);
            Assert.DoesNotContain(Figure.Traces(chart), t => ((string?)t!["name"] ?? string.Empty).Contains("what-if", StringComparison.Ordinal));
        }

        [Fact]
        public void An_Outage_Longer_Than_The_Horizon_Should_Be_Shaded_To_The_Horizon_End()
        {
            // Issue 15: durationMonths 2,147,483,647 (valid: at least 1) made DateOnly.AddMonths throw while drawing.
            var scenario = ScenarioLoader.Load(ScenarioSource.Shipped("aws-outage")!, [ScenarioOverride.Parse("events[0].durationMonths=2147483647")]);
            var result = Simulation.Run(scenario);

            var chart = RunCharts.AwsCapacity(result);

            var rect = Assert.Single(Figure.Layout(chart)["shapes"]!.AsArray(), s => (string?)s!["type"] == "rect")!;
            Assert.Equal("2027-04-01", (string?)rect["x0"]);
            Assert.Equal(result.Date[^1].AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)rect["x1"]);
        }

        [Fact]
        public void Without_Aws_Capacity_Should_Say_There_Is_No_Outage_And_Try_None()
        {
            var chart = RunCharts.AwsCapacity(Scenarios.OneCohortNoEmissions);

            Assert.Contains("(This scenario has no AWS outage.)", Figure.Title(chart), StringComparison.Ordinal);
            Assert.DoesNotContain(Figure.Layout(chart)["shapes"]?.AsArray() ?? [], s => (string?)s!["type"] == "rect");
        }

        [Fact]
        public void Shares_Should_Sum_To_One_With_Aws_First()
        {
            var result = Scenarios.Baseline;
            var chart = RunCharts.AwsCapacity(result);

            var shares = Figure.Traces(chart).Where(t => (string?)t!["stackgroup"] == "share").ToArray();

            Assert.Equal("aws (Nitro Enclaves) share of capacity", (string?)shares[0]!["name"]);
            Assert.Equal(result.AwsCapacityShare, Figure.Numbers(shares[0]!["y"]).Select((v, i) => v), new ToleranceComparer(1e-12));
            for (int m = 0; m < result.Months; m++)
            {
                Assert.Equal(1.0, shares.Sum(s => Figure.Numbers(s!["y"])[m]), 1e-12);
            }
        }
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}

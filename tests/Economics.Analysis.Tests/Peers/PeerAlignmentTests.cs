using Economics.Analysis.Peers;
using Economics.Model.Engine;
using Economics.Model.Results;

namespace Economics.Analysis.Tests.Peers;

/// <summary>Known answers of <see cref="PeerAlignment"/>: the baseline run against data/reference/peers/.</summary>
public sealed class PeerAlignmentTests
{
    private const double Tolerance = 1e-9;

    private static readonly SimulationResult Baseline = Simulation.Run(TestScenarios.Baseline);

    private static readonly PeerAlignmentResult All = PeerAlignment.Of(Baseline, PeerHistory.Embedded());

    public sealed class Projected
    {
        [Fact]
        public void Starts_at_the_tge_and_covers_the_horizon()
        {
            // Given the baseline, which starts at the TGE (2026-04) and runs 132 months
            var s = All.Projected;

            // Then its months since launch are 0 … 131, labelled as the projection
            Assert.True(s.IsProjected);
            Assert.Equal(PeerAlignment.OpenGradientLabel, s.Label);
            Assert.Equal(Enumerable.Range(0, 132), s.MonthsSinceLaunch);
            Assert.Equal(Baseline.SubsidyDependence, s.SubsidyDependence);
        }

        [Fact]
        public void Income_per_node_is_subsidy_plus_fees_beyond_upstream_plus_mev_over_nodes()
        {
            var s = All.Projected;
            for (int t = 0; t < Baseline.Months; t++)
            {
                double nodes = Baseline.NodesTotal[t];
                double expected = nodes > 0
                    ? (Baseline.RevenueSubsidy[t] + Math.Max(0, Baseline.RevenueFees[t] - Baseline.UpstreamCostUsd[t]) + Baseline.RevenueMev[t]) / nodes
                    : double.NaN;
                Assert.Equal(expected, s.IncomePerNodeUsd[t], Tolerance);
            }

            // Month 0: the ecosystem pool's operator share paid to the five initial gateways
            Assert.Equal(Baseline.RevenueSubsidy[0] / 5, s.IncomePerNodeUsd[0], Tolerance);
        }

        [Fact]
        public void A_scenario_starting_a_year_after_the_tge_starts_at_month_12()
        {
            var later = Simulation.Run(TestScenarios.With("startMonth=\"2027-04\""));

            var s = PeerAlignment.Projected(later);

            Assert.Equal(12, s.MonthsSinceLaunch[0]);
            Assert.Equal(12 + later.Months - 1, s.MonthsSinceLaunch[^1]);
        }

        [Theory]
        [InlineData(2026, 4, 0)]
        [InlineData(2027, 3, 11)]
        [InlineData(2026, 1, -3)]
        public void Months_since_launch_count_from_2026_04(int year, int month, int expected) =>
            Assert.Equal(expected, PeerAlignment.MonthsSinceOpenGradientLaunch(new DateOnly(year, month, 1)));
    }

    public sealed class Observed
    {
        [Fact]
        public void Livepeer_2022_08_is_its_month_51_with_its_observed_figures()
        {
            // Given Livepeer's row for 2022-08: rewards 2,287,337 USD, fees 31,325.30 USD, 97 orchestrators
            var livepeer = All.Observed.Single(s => s.Network == "livepeer");
            int i = livepeer.IndexOf(51);

            // Then it is month 51 since 2018-05, with rewards / (rewards + fees) and (rewards + fees) / nodes
            Assert.False(livepeer.IsProjected);
            Assert.Equal(new DateOnly(2022, 8, 1), livepeer.Months[i]);
            Assert.Equal(2287337 / (2287337 + 31325.30), livepeer.SubsidyDependence[i], Tolerance);
            Assert.Equal((2287337 + 31325.30) / 97, livepeer.IncomePerNodeUsd[i], Tolerance);
            Assert.Equal(97, livepeer.Nodes[i]);
            Assert.Equal(0, livepeer.MonthsSinceLaunch[0]);
            Assert.Equal(80, livepeer.MonthsSinceLaunch.Count);
        }

        [Fact]
        public void Every_peer_is_aligned_by_default_and_one_with_a_network()
        {
            Assert.Equal(PeerHistory.Embedded().Networks, All.Observed.Select(s => s.Network));

            var one = PeerAlignment.Of(Baseline, PeerHistory.Embedded(), "Helium");

            Assert.Equal("helium", Assert.Single(one.Observed).Network);
        }

        [Fact]
        public void Should_Throw_For_An_Unknown_Network_Naming_The_Known_Ones()
        {
            var e = Assert.Throws<KeyNotFoundException>(() => PeerAlignment.Of(Baseline, PeerHistory.Embedded(), "aethir"));
            Assert.Contains("unknown network 'aethir'", e.Message, StringComparison.Ordinal);
            Assert.Contains("livepeer", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_month_outside_a_series_has_no_index()
        {
            var ionet = All.Observed.Single(s => s.Network == "ionet");
            Assert.Equal(-1, ionet.IndexOf(200));
            Assert.True(double.IsNaN(PeerAlignmentResult.At(ionet, ionet.IncomePerNodeUsd, 200)));
        }
    }

    public sealed class Tables
    {
        [Fact]
        public void Checkpoints_are_yearly_up_to_the_longest_series()
        {
            Assert.Equal([0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120], All.Checkpoints());
            Assert.Throws<ArgumentOutOfRangeException>(() => All.Checkpoints(0));
        }

        [Fact]
        public void Subsidy_dependence_shows_the_projection_and_the_peers_with_fees()
        {
            var frame = All.SubsidyDependenceFrame();

            Assert.Equal([PeerAlignment.OpenGradientLabel, "livepeer"], frame.ColumnKeys);
            Assert.Equal(11, frame.RowCount);
            var livepeer = All.Observed.Single(s => s.Network == "livepeer");
            Assert.Equal(livepeer.SubsidyDependence[livepeer.IndexOf(36)], frame.GetColumn<double>("livepeer").Get(36), Tolerance);
        }

        [Fact]
        public void Income_per_node_shows_every_series_with_node_counts()
        {
            var frame = All.IncomePerNodeFrame();

            Assert.DoesNotContain("filecoin", frame.ColumnKeys);
            Assert.Equal(8, frame.ColumnKeys.Count());
            Assert.Equal(All.Projected.IncomePerNodeUsd[24], frame.GetColumn<double>(PeerAlignment.OpenGradientLabel).Get(24), Tolerance);
        }

        [Fact]
        public void Writes_alignment_csv_one_row_per_network_and_month()
        {
            string dir = Path.Combine(Path.GetTempPath(), "econ-align-" + Guid.NewGuid().ToString("N"));
            try
            {
                string path = All.Write(dir);

                string[] lines = File.ReadAllLines(path);
                Assert.Equal("alignment.csv", Path.GetFileName(path));
                Assert.Equal(string.Join(',', PeerAlignmentResult.Columns), lines[0]);
                Assert.Equal(1 + 132 + 344, lines.Length);
                Assert.StartsWith("opengradient,true,0,2026-04,", lines[1], StringComparison.Ordinal);
                Assert.Contains("livepeer,false,51,2022-08,", lines.Select(l => l[..Math.Min(l.Length, 26)]));
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        }
    }
}

using Economics.Analysis.Peers;

namespace Economics.Analysis.Tests.Peers;

/// <summary>Known answers on data/reference/peers/ (checked by hand against the 1kx files the rows cite).</summary>
public sealed class PeerHistoryTests
{
    private static readonly PeerHistory Data = PeerHistory.Embedded();

    private static string PeersFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Economics.sln")))
            {
                return Path.Combine(dir.FullName, "data", "reference", "peers");
            }
        }

        throw new InvalidOperationException("Economics.sln not found above " + AppContext.BaseDirectory);
    }

    private static PeerMonth At(string network, int year, int month) =>
        Data.For(network).Single(m => m.Month == new DateOnly(year, month, 1));

    [Theory]
    [InlineData("livepeer", 80, "2018-05", "2024-12")]
    [InlineData("helium", 65, "2019-08", "2024-12")]
    [InlineData("pocket", 55, "2020-07", "2025-01")]
    [InlineData("filecoin", 51, "2020-10", "2024-12")]
    [InlineData("thegraph", 49, "2020-12", "2024-12")]
    [InlineData("bittensor", 22, "2023-03", "2024-12")]
    [InlineData("render", 15, "2023-11", "2025-01")]
    [InlineData("ionet", 7, "2024-07", "2025-01")]
    public void Each_network_has_its_months(string network, int count, string first, string last)
    {
        var months = Data.For(network);

        Assert.Equal(count, months.Count);
        Assert.Equal(first, months[0].Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(last, months[^1].Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_dataset_has_eight_networks_and_344_rows()
    {
        Assert.Equal(344, Data.Months.Count);
        Assert.Equal(["bittensor", "filecoin", "helium", "ionet", "livepeer", "pocket", "render", "thegraph"], Data.Networks);
    }

    [Fact]
    public void The_repository_file_is_the_embedded_one()
    {
        var file = PeerHistory.Load(PeersFolder());

        Assert.Equal(Data.Months, file.Months);
        Assert.Equal(Data.Costs, file.Costs);
    }

    [Fact]
    public void Livepeer_2022_03_is_as_published()
    {
        // livepeer_rewards_data.csv, row 2022-3: "$5,104,254" token rewards, "43,478.20" fees, 97 orchestrators, 25.73 USD
        var m = At("livepeer", 2022, 3);

        Assert.Equal(5_104_254, m.SupplyRewardsUsd);
        Assert.Equal(679_579, m.OperatorRewardsUsd);
        Assert.Equal(43_478.20, m.FeesUsd);
        Assert.Equal(97, m.Nodes);
        Assert.Equal(25.73, m.TokenPriceUsd);
        Assert.Equal(46, m.MonthsSinceLaunch);
        Assert.Equal(5_104_254 / (5_104_254 + 43_478.20), m.SubsidyDependence, 12);
        Assert.Equal((5_104_254 + 43_478.20) / 97, m.IncomePerNodeUsd, 9);
    }

    [Fact]
    public void Helium_and_bittensor_months_are_as_published()
    {
        // helium_rewards_data.csv 2021-6: "29,496,653" USD to hotspots, "59,900" hotspots, 13.17 USD;
        // bittensor_data_rewards.csv 12/2024: "120,213,427" USD, "14,698" nodes, 556.67 USD
        var helium = At("helium", 2021, 6);
        var bittensor = At("bittensor", 2024, 12);

        Assert.Equal((29_496_653, 59_900, 13.17), (helium.SupplyRewardsUsd, helium.Nodes, helium.TokenPriceUsd));
        Assert.Equal((120_213_427, 14_698, 556.67), (bittensor.SupplyRewardsUsd, bittensor.Nodes, bittensor.TokenPriceUsd));
        Assert.True(double.IsNaN(helium.FeesUsd));
        Assert.True(double.IsNaN(helium.SubsidyDependence));
    }

    [Fact]
    public void Every_row_cites_a_primary_source_and_the_1kx_collection()
    {
        Assert.All(Data.Months, m =>
        {
            Assert.StartsWith("https://", m.Source, StringComparison.Ordinal);
            Assert.StartsWith("https://github.com/1kx-network/depin_tokenomics/blob/ff2e88169f2aed7821e87b29d41f2f172d96455d/" + m.Network + "/csvs/", m.Collection, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Fees_are_known_only_for_livepeer_2020_01_to_2023_04()
    {
        var withFees = Data.Months.Where(m => m.HasFees).ToArray();

        Assert.All(withFees, m => Assert.Equal("livepeer", m.Network));
        Assert.Equal(40, withFees.Length);
        Assert.Equal(new DateOnly(2020, 1, 1), withFees[0].Month);
        Assert.Equal(new DateOnly(2023, 4, 1), withFees[^1].Month);
    }

    [Fact]
    public void Node_counts_stop_where_the_sources_do()
    {
        Assert.Empty(Data.WithNodes("filecoin"));
        Assert.Equal(new DateOnly(2023, 4, 1), Data.WithNodes("helium")[^1].Month);
        Assert.Equal(80, Data.WithNodes("livepeer").Count);
    }

    [Fact]
    public void Costs_cover_every_network_with_node_counts()
    {
        Assert.Equal(22, Data.CostOf("pocket")!.MedianUsdPerNodeMonth);
        Assert.False(Data.CostOf("pocket")!.IsEstimate);
        Assert.Equal(100, Data.CostOf("livepeer")!.MaxNodes);
        Assert.All(Data.Networks.Where(n => Data.WithNodes(n).Count > 0), n => Assert.NotNull(Data.CostOf(n)));
    }

    public sealed class Bad_input
    {
        private const string Header = "network,month,months_since_launch,supply_rewards_usd,operator_rewards_usd,fees_usd,nodes,token_price_usd,note,source,collection\n";
        private const string Supply = "network,median_cost_usd_per_node_month,low_usd_per_node_month,high_usd_per_node_month,max_nodes,source,note\n";

        [Fact]
        public void Should_List_The_Networks_When_One_Is_Unknown()
        {
            var e = Assert.Throws<KeyNotFoundException>(() => Data.For("aethir"));
            Assert.Contains("unknown network 'aethir'", e.Message, StringComparison.Ordinal);
            Assert.Contains("livepeer", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_Line_And_Column_Of_A_Bad_Number()
        {
            string peers = Header + "x,2020-01,0,1,,,\"1,000\",1,,https://a,https://b\n";
            var e = Assert.Throws<PeerDataException>(() => PeerHistory.Parse(peers, Supply));
            Assert.Equal("peers.csv line 2, nodes: '1,000' is not a number ≥ 0 (invariant culture, no thousands separators)", e.Message);
        }

        [Fact]
        public void Should_Refuse_A_Wrong_Header()
        {
            var e = Assert.Throws<PeerDataException>(() => PeerHistory.Parse("network,month\n", Supply));
            Assert.StartsWith("peers.csv line 1: the header must be: network,month,months_since_launch", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Gap_In_A_Network_s_Months()
        {
            string peers = Header + "x,2020-01,0,1,,,,1,,https://a,https://b\nx,2020-03,2,1,,,,1,,https://a,https://b\n";
            var e = Assert.Throws<PeerDataException>(() => PeerHistory.Parse(peers, Supply));
            Assert.Contains("line 3, month: x 2020-03 follows 2020-01", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_File_Over_4_MiB()
        {
            string dir = Path.Combine(Path.GetTempPath(), "econ-peers-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                File.WriteAllText(Path.Combine(dir, PeerHistory.PeersFileName), Header + new string('#', 5 << 20));
                File.WriteAllText(Path.Combine(dir, PeerHistory.SupplyFileName), Supply);
                var e = Assert.Throws<PeerDataException>(() => PeerHistory.Load(dir));
                Assert.Contains("more than 4194304 bytes", e.Message, StringComparison.Ordinal);
                var missing = Assert.Throws<PeerDataException>(() => PeerHistory.Load(Path.Combine(dir, "none")));
                Assert.StartsWith("file not found", missing.Message, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}

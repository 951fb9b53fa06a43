using System.Globalization;
using System.Reflection;

namespace Economics.Analysis.Peers;

/// <summary>
/// The observed histories of peer networks (<c>data/reference/peers/</c>): <c>peers.csv</c>, one row per network and
/// month, and <c>supply.csv</c>, the median node cost per network. The shipped copy is embedded (<see cref="Embedded"/>),
/// so the analyses work from any folder; <see cref="Load"/> reads another copy of the folder.
/// </summary>
/// <remarks>Reading is strict: the header must be exactly <see cref="PeersHeader"/> (or <see cref="SupplyHeader"/>),
/// every value must parse, months of a network must be consecutive and ascending, and the first problem is reported as
/// a <see cref="PeerDataException"/> naming the file, line and column. Files are bounded at 4 MiB.</remarks>
public sealed class PeerHistory
{
    /// <summary>File name of the monthly table.</summary>
    public const string PeersFileName = "peers.csv";

    /// <summary>File name of the fixed supply-curve inputs (median node cost, protocol cap).</summary>
    public const string SupplyFileName = "supply.csv";

    /// <summary>The columns of <c>peers.csv</c>, in order.</summary>
    public static readonly IReadOnlyList<string> PeersHeader =
    [
        "network", "month", "months_since_launch", "supply_rewards_usd", "operator_rewards_usd", "fees_usd", "nodes",
        "token_price_usd", "note", "source", "collection",
    ];

    /// <summary>The columns of <c>supply.csv</c>, in order.</summary>
    public static readonly IReadOnlyList<string> SupplyHeader =
    [
        "network", "median_cost_usd_per_node_month", "low_usd_per_node_month", "high_usd_per_node_month", "max_nodes", "source", "note",
    ];

    private static readonly Lazy<PeerHistory> Shipped = new(LoadEmbedded);

    private readonly Dictionary<string, IReadOnlyList<PeerMonth>> _byNetwork;
    private readonly Dictionary<string, PeerCost> _costs;

    private PeerHistory(IReadOnlyList<PeerMonth> months, IReadOnlyList<PeerCost> costs)
    {
        Months = months;
        Costs = costs;
        _byNetwork = months.GroupBy(m => m.Network, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PeerMonth>)g.ToArray(), StringComparer.Ordinal);
        Networks = [.. _byNetwork.Keys.Order(StringComparer.Ordinal)];
        _costs = costs.ToDictionary(c => c.Network, StringComparer.Ordinal);
    }

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<PeerMonth> Months { get; }

    /// <summary>Every cost row.</summary>
    public IReadOnlyList<PeerCost> Costs { get; }

    /// <summary>The network ids, sorted.</summary>
    public IReadOnlyList<string> Networks { get; }

    /// <summary>The dataset shipped with the package (embedded copy of <c>data/reference/peers/</c>).</summary>
    public static PeerHistory Embedded() => Shipped.Value;

    /// <summary>Reads <c>peers.csv</c> and <c>supply.csv</c> from <paramref name="directory"/>.</summary>
    /// <exception cref="PeerDataException">A file is missing, too large, or holds a bad value.</exception>
    public static PeerHistory Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string peers = Path.Combine(directory, PeersFileName);
        string supply = Path.Combine(directory, SupplyFileName);
        return Parse(PeerCsv.ReadText(peers), PeerCsv.ReadText(supply), peers, supply);
    }

    /// <summary>Parses the two files' text; <paramref name="peersName"/> and <paramref name="supplyName"/> name them in
    /// messages.</summary>
    /// <exception cref="PeerDataException">A bad header or value.</exception>
    public static PeerHistory Parse(string peersCsv, string supplyCsv, string peersName = PeersFileName, string supplyName = SupplyFileName)
    {
        ArgumentNullException.ThrowIfNull(peersCsv);
        ArgumentNullException.ThrowIfNull(supplyCsv);
        return new PeerHistory(ParseMonths(peersCsv, peersName), ParseCosts(supplyCsv, supplyName));
    }

    /// <summary>True when <paramref name="network"/> (any case) is in the dataset.</summary>
    public bool Contains(string network) => _byNetwork.ContainsKey(Normalize(network));

    /// <summary>The months of <paramref name="network"/> (any case), ascending.</summary>
    /// <exception cref="KeyNotFoundException">Unknown network; the message lists the known ones.</exception>
    public IReadOnlyList<PeerMonth> For(string network) =>
        _byNetwork.TryGetValue(Normalize(network), out var months)
            ? months
            : throw new KeyNotFoundException($"unknown network '{network}'; the peer dataset has: {string.Join(", ", Networks)}");

    /// <summary>The node cost of <paramref name="network"/>, or null when supply.csv has none.</summary>
    public PeerCost? CostOf(string network) => _costs.GetValueOrDefault(Normalize(network));

    /// <summary>The months of <paramref name="network"/> from its first month up to (not including) the first month
    /// without a node count: the stretch the operator response is fitted on.</summary>
    public IReadOnlyList<PeerMonth> WithNodes(string network) => [.. For(network).TakeWhile(m => m.HasNodes)];

    private static string Normalize(string network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return network.Trim().ToLowerInvariant();
    }

    private static PeerHistory LoadEmbedded()
    {
        var assembly = typeof(PeerHistory).Assembly;
        return Parse(Resource(assembly, PeersFileName), Resource(assembly, SupplyFileName),
            "data/reference/peers/" + PeersFileName, "data/reference/peers/" + SupplyFileName);
    }

    private static string Resource(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream("Economics.Analysis.peers." + file)
            ?? throw new InvalidOperationException($"embedded peer data file {file} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<PeerMonth> ParseMonths(string text, string name)
    {
        var records = Records(text, name, PeersHeader);
        var months = new List<PeerMonth>(records.Count);
        var last = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (line, f) in records)
        {
            var cell = new Cells(name, line, PeersHeader, f);
            string network = cell.Id(0);
            var month = cell.Month(1);
            if (last.TryGetValue(network, out var previous) && month != previous.AddMonths(1))
            {
                throw cell.Problem(1, $"{network} {month:yyyy-MM} follows {previous:yyyy-MM}; a network's months must be consecutive and ascending");
            }

            last[network] = month;
            months.Add(new PeerMonth
            {
                Network = network,
                Month = month,
                MonthsSinceLaunch = cell.Count(2),
                SupplyRewardsUsd = cell.Number(3, required: true),
                OperatorRewardsUsd = cell.Number(4, required: false),
                FeesUsd = cell.Number(5, required: false),
                Nodes = cell.Number(6, required: false),
                TokenPriceUsd = cell.Positive(7),
                Note = f[8],
                Source = cell.Text(9),
                Collection = cell.Text(10),
            });
        }

        return months;
    }

    private static List<PeerCost> ParseCosts(string text, string name)
    {
        var costs = new List<PeerCost>();
        foreach (var (line, f) in Records(text, name, SupplyHeader))
        {
            var cell = new Cells(name, line, SupplyHeader, f);
            var cost = new PeerCost
            {
                Network = cell.Id(0),
                MedianUsdPerNodeMonth = cell.Positive(1),
                LowUsdPerNodeMonth = cell.Positive(2),
                HighUsdPerNodeMonth = cell.Positive(3),
                MaxNodes = f[4].Length == 0 ? double.PositiveInfinity : cell.Positive(4),
                Source = cell.Text(5),
                Note = cell.Text(6),
            };
            if (!(cost.LowUsdPerNodeMonth <= cost.MedianUsdPerNodeMonth && cost.MedianUsdPerNodeMonth <= cost.HighUsdPerNodeMonth))
            {
                throw cell.Problem(1, "the median must lie between low and high");
            }

            if (costs.Any(c => c.Network == cost.Network))
            {
                throw cell.Problem(0, $"{cost.Network} appears twice");
            }

            costs.Add(cost);
        }

        return costs;
    }

    private static IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Records(string text, string name, IReadOnlyList<string> header)
    {
        var records = PeerCsv.Parse(text, name);
        if (records.Count == 0 || !records[0].Fields.SequenceEqual(header, StringComparer.Ordinal))
        {
            throw new PeerDataException($"{name} line 1: the header must be: {string.Join(",", header)}");
        }

        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                throw new PeerDataException(string.Create(CultureInfo.InvariantCulture,
                    $"{name} line {line}: {fields.Count} fields, expected {header.Count}"));
            }
        }

        return [.. records.Skip(1)];
    }

    // The cells of one record, parsed with messages that name file, line and column.
    private readonly record struct Cells(string Name, int Line, IReadOnlyList<string> Header, IReadOnlyList<string> Fields)
    {
        public PeerDataException Problem(int column, string message) =>
            new(string.Create(CultureInfo.InvariantCulture, $"{Name} line {Line}, {Header[column]}: {message}"));

        public string Text(int column) =>
            string.IsNullOrWhiteSpace(Fields[column]) ? throw Problem(column, "must not be empty") : Fields[column];

        public string Id(int column)
        {
            string id = Text(column);
            return id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                ? id
                : throw Problem(column, $"'{id}' is not a network id (lower-case letters and digits)");
        }

        public DateOnly Month(int column) =>
            DateOnly.TryParseExact(Fields[column] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month
                : throw Problem(column, $"'{Fields[column]}' is not a month (yyyy-MM)");

        public int Count(int column) =>
            int.TryParse(Fields[column], NumberStyles.None, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw Problem(column, $"'{Fields[column]}' is not a whole number ≥ 0");

        public double Number(int column, bool required)
        {
            string cell = Fields[column];
            if (cell.Length == 0)
            {
                return required ? throw Problem(column, "must not be empty") : double.NaN;
            }

            return double.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
                ? value
                : throw Problem(column, $"'{cell}' is not a number ≥ 0 (invariant culture, no thousands separators)");
        }

        public double Positive(int column)
        {
            double value = Number(column, required: true);
            return value > 0 ? value : throw Problem(column, $"{Fields[column]} must be > 0");
        }
    }
}

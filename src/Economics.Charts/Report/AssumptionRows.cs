using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Economics.Analysis.Text;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Charts.Report;

/// <summary>
/// A scenario as the rows of the report's assumptions table: every leaf field in file order, its value written for a
/// person in its unit, where the value comes from (the scenario files' <c>// unit; source: …</c> or
/// <c>// unit; estimate: …</c> comments, the override as typed) and, for a value that differs from the embedded
/// baseline, the baseline's value.
/// </summary>
public static class AssumptionRows
{
    /// <summary>The basis of a value no comment or override explains (it differs from the baseline, and the layer
    /// that set it says nothing about it).</summary>
    public const string NotStated = "not stated in the scenario file";

    /// <summary>The basis of a baseline field the scenario does not have (it replaces a list, e.g. <c>markets</c>, whole).</summary>
    public const string Removed = "not in this scenario (it replaces the list whole)";

    /// <summary>The basis of a number that equals the baseline's where no file states it: the record's default
    /// (e.g. a cliff of 0 months, a share of 0 for an unused destination).</summary>
    public const string ModelDefault = "the model's default (no file states it)";

    /// <summary>The basis of a name or a kind: a label, not a quantity that needs a source.</summary>
    public const string LabelBasis = "—";

    /// <summary>Written for the value of a field that one side (the scenario or the baseline) does not have.</summary>
    public const string Absent = "none";

    /// <summary>The section of the top-level numbers (<c>horizonMonths</c>, <c>startMonth</c>).</summary>
    public const string GeneralSection = "General";

    /// <summary>At most this many values of a table (a primitive array) are written; the rest are counted.</summary>
    public const int MaxTableValues = 8;

    private const string FractionWord = "fraction";

    // PoolUse.Sum: serialized, but computed from the shares, not an assumption.
    private const string DerivedSum = "sum";
    private const double ThousandsFrom = 1_000;
    private const int SignificantDigits = 6;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "$schema", "name", "description", "base" };
    // Section names HumanFormat.Label would write otherwise ("Monte carlo").
    private static readonly Dictionary<string, string> SectionTitles = new(StringComparer.Ordinal) { ["monteCarlo"] = "Monte Carlo" };
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Every leaf field of <paramref name="scenario"/>, in file order, and after them every field of the
    /// baseline that the scenario does not have (value <see cref="Absent"/>).</summary>
    /// <param name="scenario">The scenario as run.</param>
    /// <param name="notes">The comments of its layers (<see cref="ScenarioNotes.Of"/>); null for the baseline's only.</param>
    public static IReadOnlyList<AssumptionRow> Of(Scenario scenario, ScenarioNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        notes ??= ScenarioNotes.Baseline;
        var root = Document(scenario);
        var baseRoot = Document(ScenarioLoader.Baseline);
        var leaves = Leaves(root);
        var baseLeaves = Leaves(baseRoot).ToDictionary(l => l.Path, StringComparer.Ordinal);
        var rows = new List<AssumptionRow>(leaves.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            seen.Add(leaf.Path);
            string? unit = UnitOf(leaf.Path, root, notes);
            string? baseline = null;
            var note = notes.At(leaf.Path);
            if (!baseLeaves.TryGetValue(leaf.Path, out var b))
            {
                if (leaf.Node is null or JsonArray { Count: 0 })
                {
                    // An empty list where the baseline has elements: the elements' rows below say what went.
                    rows.Add(new AssumptionRow(SectionOf(leaf.Path, leaf.Node), leaf.Path, Absent, null, LabelBasis, null));
                    continue;
                }

                baseline = Absent;
                note = notes.AboveBaselineAt(leaf.Path);
            }
            else if (!JsonNode.DeepEquals(b.Node, leaf.Node))
            {
                baseline = Show(b.Node, UnitOf(leaf.Path, baseRoot, ScenarioNotes.Baseline));
                note = notes.AboveBaselineAt(leaf.Path);
            }

            string basis = note?.Basis ?? (IsText(leaf.Node) ? LabelBasis : baseline is null ? ModelDefault : NotStated);
            rows.Add(new AssumptionRow(SectionOf(leaf.Path, leaf.Node), leaf.Path, Show(leaf.Node, unit), unit, basis, baseline));
        }

        foreach (var (path, b) in baseLeaves)
        {
            if (!seen.Contains(path))
            {
                string? unit = UnitOf(path, baseRoot, ScenarioNotes.Baseline);
                rows.Add(new AssumptionRow(SectionOf(path, b.Node), path, Absent, unit, notes.AboveBaselineAt(path)?.Basis ?? Removed, Show(b.Node, unit)));
            }
        }

        return rows;
    }

    /// <summary>The rows grouped for the report: "Differs from baseline" first (when any value differs), then each
    /// section in file order with the rest.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<AssumptionRow> Rows)> Grouped(IReadOnlyList<AssumptionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var groups = new List<(string, IReadOnlyList<AssumptionRow>)>();
        var differing = rows.Where(r => r.DiffersFromBaseline).ToList();
        if (differing.Count > 0)
        {
            groups.Add((DiffersGroup, differing));
        }

        foreach (var section in rows.Where(r => !r.DiffersFromBaseline).GroupBy(r => r.Section, StringComparer.Ordinal))
        {
            groups.Add((section.Key, section.ToList()));
        }

        return groups;
    }

    /// <summary>The title of the group of values that differ from the baseline.</summary>
    public const string DiffersGroup = "Differs from baseline";

    /// <summary>A number in a unit, for a person: thousands separated, never E-notation; a fraction as a percentage,
    /// a month index as "month 12".</summary>
    /// <param name="value">The number.</param>
    /// <param name="unit">Its unit from the schema or the file (e.g. <c>fraction</c>, <c>tokens/month</c>); null for none.</param>
    public static string Quantity(double value, string? unit) => unit switch
    {
        null or "dimensionless" => Plain(value),
        "fraction" => Plain(value * 100) + "%",
        // "fraction/month" → "5%/month", "fraction of the outside price" → "10% of the outside price".
        _ when unit.StartsWith(FractionWord + "/", StringComparison.Ordinal) || unit.StartsWith(FractionWord + " of ", StringComparison.Ordinal) =>
            Plain(value * 100) + "%" + (unit[FractionWord.Length] == '/' ? string.Empty : " ") + unit[(FractionWord.Length + (unit[FractionWord.Length] == '/' ? 0 : 1))..],
        "month index" => "month " + Plain(value),
        "months" when value == 1 => "1 month",
        _ => Plain(value) + " " + unit,
    };

    private static string Plain(double value)
    {
        if (Math.Abs(value) >= ThousandsFrom)
        {
            return value.ToString("#,0.###", Inv);
        }

        return HumanFormat.Number(value, SignificantDigits);
    }

    private static string Show(JsonNode? node, string? unit) => node switch
    {
        null => Absent,
        JsonArray { Count: 0 } => Absent,
        JsonArray array => Table(array, unit),
        JsonValue value => Scalar(value, unit),
        _ => node.ToJsonString(),
    };

    private static string Table(JsonArray array, string? unit)
    {
        bool numbers = array.All(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.Number);
        var shown = array.Take(MaxTableValues)
            .Select(item => numbers ? Plain(item!.GetValue<double>()) : item is JsonValue v ? Scalar(v, null) : Absent);
        string text = string.Join(", ", shown);
        if (array.Count > MaxTableValues)
        {
            text += string.Create(Inv, $", … ({array.Count} values)");
        }

        return numbers && unit is not null && unit != "dimensionless" ? $"{text} ({unit})" : text;
    }

    private static string Scalar(JsonValue value, string? unit) => value.GetValueKind() switch
    {
        JsonValueKind.Number => Quantity(value.GetValue<double>(), unit),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.String => value.GetValue<string>(),
        _ => Absent,
    };

    private static string? UnitOf(string path, JsonObject root, ScenarioNotes notes) =>
        ScenarioFieldDocs.Of(path, prefix => KindAt(root, prefix))?.Unit ?? notes.At(path)?.Unit;

    private static string? KindAt(JsonObject root, string prefix)
    {
        if (!ScenarioPath.TryParse(prefix, out var path, out _))
        {
            return null;
        }

        JsonNode? node = root;
        foreach (var segment in path.Segments)
        {
            node = segment.Name is { } name ? (node as JsonObject)?[name]
                : node is JsonArray a && segment.Index < a.Count ? a[segment.Index] : null;
        }

        return node is JsonObject obj && obj["kind"] is JsonValue k && k.GetValueKind() == JsonValueKind.String ? k.GetValue<string>() : null;
    }

    private static bool IsText(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    // The top-level section; the top-level numbers and text (horizonMonths, startMonth) are "General".
    private static string SectionOf(string path, JsonNode? node)
    {
        int end = path.IndexOfAny(['.', '[']);
        string name = end < 0 ? path : path[..end];
        return end < 0 && node is JsonValue ? GeneralSection : SectionTitles.GetValueOrDefault(name) ?? HumanFormat.Label(name);
    }

    private static JsonObject Document(Scenario scenario) =>
        JsonNode.Parse(ScenarioLoader.ToJson(scenario)) as JsonObject
            ?? throw new InvalidOperationException("a scenario serializes to a JSON object");

    private static List<(string Path, JsonNode? Node)> Leaves(JsonObject root)
    {
        var leaves = new List<(string, JsonNode?)>();
        foreach (var (name, node) in root)
        {
            if (!Skipped.Contains(name))
            {
                Walk(name, node, leaves);
            }
        }

        return leaves;
    }

    private static void Walk(string path, JsonNode? node, List<(string, JsonNode?)> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (!(name == DerivedSum && path.EndsWith(".use", StringComparison.Ordinal)))
                    {
                        Walk($"{path}.{name}", child, leaves);
                    }
                }

                break;
            case JsonArray array when array.Count > 0 && !array.All(item => item is JsonValue):
                for (int i = 0; i < array.Count; i++)
                {
                    Walk($"{path}[{i}]", array[i], leaves);
                }

                break;
            default:
                leaves.Add((path, node));
                break;
        }
    }
}

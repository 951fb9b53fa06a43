using System.Text;
using CsCheck;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Economics.Model.Loading;

namespace Economics.Model.Tests.Fuzz;

/// <summary>One mutation step: which operation and three random numbers that pick its target and value.</summary>
internal readonly record struct Mutation(int Op, int A, int B, int C);

/// <summary>A fuzz case: files to write (name → bytes; the first is loaded), and overrides.</summary>
internal sealed record FuzzCase(IReadOnlyList<Mutation> Mutations, IReadOnlyList<(string Name, byte[] Bytes)> Files, IReadOnlyList<string> Overrides)
{
    /// <summary>Whether the case must be loaded from files: base files, or bytes that are not UTF-8.</summary>
    public bool NeedsFiles => Files.Count > 1 || Mutations.Any(m => (MutationOp)m.Op is MutationOp.NonUtf8 or >= MutationOp.BaseMissing);

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append("mutations: ").AppendJoin(", ", Mutations.Select(m => $"{(MutationOp)m.Op}({m.A},{m.B},{m.C})")).AppendLine();
        foreach (var (name, bytes) in Files)
        {
            string text = Encoding.UTF8.GetString(bytes);
            builder.Append(name).Append(" (").Append(bytes.Length).Append(" bytes): ")
                .AppendLine(text.Length > 20_000 ? text[..20_000] + "…" : text);
        }

        builder.Append("overrides: ").AppendJoin(" ", Overrides);
        return builder.ToString();
    }
}

/// <summary>The mutation operations of the scenario fuzzer.</summary>
internal enum MutationOp
{
    DropField,
    RenameField,
    WrongType,
    ExtremeNumber,
    ScaleNumber,
    WrongKind,
    HugeArray,
    DeepNesting,
    Horizon,
    UnknownField,
    Override,
    Truncate,
    NonFiniteLiteral,
    DuplicateKey,
    NonUtf8,
    GarbageChar,
    BaseMissing,
    BaseCycle,
    BaseSelf,
    BaseTooDeep,
    BaseBadValue,
    Count,
}

/// <summary>
/// Builds fuzz cases by mutating the baseline scenario: structural mutations on the JSON tree, then text and
/// byte mutations, then base-file layouts. Pure: the same mutations give the same case.
/// </summary>
internal static partial class ScenarioMutator
{
    public const string MainFile = "scenario.json";

    /// <summary>Any one mutation: an operation and three random numbers that pick its target and value.</summary>
    public static Gen<Mutation> AnyMutation { get; } =
        Gen.Select(Gen.Int[0, (int)MutationOp.Count - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue],
            (op, a, b, c) => new Mutation(op, a, b, c));

    private static readonly double[] Extremes =
    [
        0, -0.0, -1, 1, 0.5, 1e-300, 5e-324, -5e-324, 1e15, 1e18, 1e300, -1e300, double.MaxValue, double.MinValue,
        2147483647, 2147483648, -2147483649, 1e-9, 0.999999999999, 1.000000001, 1e6, 1201, 1200,
    ];

    private static readonly double[] Scales = [0, 0.001, 0.5, 2, 10, 1000, 1e6, -1, 1e-6];

    private static readonly string[] Kinds =
    [
        "constant", "path", "gbm", "linearTaper", "exponentialDecay", "halving", "table", "compound", "logistic",
        "fixed", "costPlus", "subsidyAware", "providerOutage", "providerCostChange", "gasSpike", "tokenPriceShock",
        "demandShock", "normal", "lognormal", "uniform", "triangular", "Constant", "", "nonsense",
    ];

    private static readonly JsonNode?[] WrongValues =
    [
        JsonValue.Create("abc"), JsonValue.Create(true), null, new JsonObject(), new JsonArray(), JsonValue.Create("1"),
        new JsonObject { ["kind"] = "nonsense" }, JsonValue.Create(1.5), JsonValue.Create(-7), JsonValue.Create(""),
    ];

    private static readonly string[] OverrideValues =
    [
        "abc", "1e400", "-1", "[1,2]", "{", "null", "NaN", "Infinity", "0", "1e308", "\"x\"", "{\"kind\":\"gbm\"}", "2.5", "true", "",
    ];

    private static readonly string[] NonFiniteLiterals = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "01", "1.", ".5", "+1", "0x10", "1e-400"];

    private static readonly JsonNode Baseline = JsonNode.Parse(ScenarioLoader.BaselineJson, ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions)!;

    public static FuzzCase Build(IReadOnlyList<Mutation> mutations)
    {
        var root = Baseline.DeepClone().AsObject();
        var overrides = new List<string>();
        foreach (var m in mutations.Where(m => (MutationOp)m.Op <= MutationOp.Override))
        {
            ApplyTree(root, m, overrides);
        }

        string text = root.ToJsonString();
        bool nonUtf8 = false;
        foreach (var m in mutations.Where(m => (MutationOp)m.Op is >= MutationOp.Truncate and <= MutationOp.GarbageChar))
        {
            if ((MutationOp)m.Op == MutationOp.NonUtf8)
            {
                nonUtf8 = true;
            }
            else
            {
                text = ApplyText(text, m);
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (nonUtf8)
        {
            var m = mutations.First(x => (MutationOp)x.Op == MutationOp.NonUtf8);
            bytes = InsertBadBytes(bytes, m);
        }

        var files = new List<(string, byte[])> { (MainFile, bytes) };
        foreach (var m in mutations.Where(m => (MutationOp)m.Op >= MutationOp.BaseMissing))
        {
            ApplyBase(files, m);
        }

        return new FuzzCase(mutations, files, overrides);
    }

    private static List<(JsonNode Parent, string? Key, int Index, JsonNode? Node)> Nodes(JsonObject root)
    {
        var list = new List<(JsonNode, string?, int, JsonNode?)>();
        Walk(root);
        return list;

        void Walk(JsonNode node)
        {
            if (node is JsonObject obj)
            {
                foreach (var (key, value) in obj)
                {
                    list.Add((obj, key, -1, value));
                    if (value is not null)
                    {
                        Walk(value);
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    list.Add((array, null, i, array[i]));
                    if (array[i] is { } item)
                    {
                        Walk(item);
                    }
                }
            }
        }
    }

    private static void Replace((JsonNode Parent, string? Key, int Index, JsonNode? Node) at, JsonNode? value)
    {
        if (at.Key is { } key)
        {
            at.Parent.AsObject()[key] = value;
        }
        else
        {
            at.Parent.AsArray()[at.Index] = value;
        }
    }

    private static void ApplyTree(JsonObject root, Mutation m, List<string> overrides)
    {
        var nodes = Nodes(root);
        if (nodes.Count == 0)
        {
            return;
        }

        var at = nodes[m.A % nodes.Count];
        var numbers = nodes.Where(n => n.Node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
        switch ((MutationOp)m.Op)
        {
            case MutationOp.DropField:
                if (at.Key is { } drop)
                {
                    at.Parent.AsObject().Remove(drop);
                }
                else
                {
                    at.Parent.AsArray().RemoveAt(at.Index);
                }

                break;
            case MutationOp.RenameField when at.Key is { } key:
                var obj = at.Parent.AsObject();
                string renamed = (m.B % 4) switch
                {
                    0 => key + "s",
                    1 => key.Length > 1 ? key[..^1] : key + "_",
                    2 => char.ToUpperInvariant(key[0]) + key[1..],
                    _ => key.Replace('e', 'a'),
                };
                if (!obj.ContainsKey(renamed))
                {
                    var value = obj[key];
                    obj.Remove(key);
                    obj[renamed] = value;
                }

                break;
            case MutationOp.WrongType:
                Replace(at, WrongValues[m.B % WrongValues.Length]?.DeepClone());
                break;
            case MutationOp.ExtremeNumber when numbers.Count > 0:
                Replace(numbers[m.B % numbers.Count], JsonValue.Create(Extremes[m.C % Extremes.Length]));
                break;
            case MutationOp.ScaleNumber when numbers.Count > 0:
                var target = numbers[m.B % numbers.Count];
                double scaled = double.Parse(target.Node!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) * Scales[m.C % Scales.Length];
                Replace(target, JsonValue.Create(double.IsFinite(scaled) ? scaled : double.MaxValue));
                break;
            case MutationOp.WrongKind:
                var kinds = nodes.Where(n => n.Key == "kind").ToList();
                if (kinds.Count > 0)
                {
                    Replace(kinds[m.B % kinds.Count], m.C % 10 == 0 ? JsonValue.Create(m.C % 7) : JsonValue.Create(Kinds[m.C % Kinds.Length]));
                }

                break;
            case MutationOp.HugeArray:
                // Long arrays of numbers (tables) up to past MaxTableLength; copies of objects (cohorts, events)
                // up to past MaxListLength.
                var arrays = nodes.Where(n => n.Node is JsonArray).ToList();
                // Past MaxTableLength only now and then: a 100,001-number table costs ~100× a normal case.
                int[] sizes = [0, 1, 2, 3, 1001];
                int size = m.C % 40 == 0 ? 100_001 : sizes[m.C % sizes.Length];
                if (arrays.Count > 0 && m.B % 3 != 0)
                {
                    var chosen = arrays[m.B % arrays.Count];
                    var source = chosen.Node!.AsArray();
                    bool ofObjects = source.Any(item => item is JsonObject);
                    int count = ofObjects ? Math.Min(size, 1001) : size;
                    var big = new JsonArray();
                    for (int i = 0; i < count; i++)
                    {
                        big.Add(source.Count > 0 ? source[i % source.Count]?.DeepClone() : JsonValue.Create(i));
                    }

                    Replace(chosen, big);
                }
                else
                {
                    var table = new JsonArray(Enumerable.Range(0, size).Select(i => (JsonNode?)JsonValue.Create(i * 0.001)).ToArray());
                    var price = new JsonObject { ["kind"] = "path", ["usdByMonth"] = table };
                    if (root["token"] is JsonObject token)
                    {
                        token["price"] = price;
                    }
                    else
                    {
                        root["token"] = new JsonObject { ["price"] = price };
                    }
                }

                break;
            case MutationOp.DeepNesting:
                int depth = 40 + (m.C % 40);
                JsonNode nested = JsonValue.Create(1);
                for (int i = 0; i < depth; i++)
                {
                    nested = m.B % 2 == 0 ? new JsonArray(nested) : new JsonObject { ["a"] = nested };
                }

                Replace(at, nested);
                break;
            case MutationOp.Horizon:
                int[] horizons = [0, 1, 2, 12, 1200, 1201, -5, 600];
                root["horizonMonths"] = horizons[m.B % horizons.Length];
                break;
            case MutationOp.UnknownField:
                var objects = nodes.Where(n => n.Node is JsonObject).Select(n => n.Node!.AsObject()).Append(root).ToList();
                var into = objects[m.B % objects.Count];
                string name = (m.C % 3) switch { 0 => "horizonMonth", 1 => "extra", _ => "Kind" };
                into[name] = 1;
                break;
            case MutationOp.Override:
                string path = PathOf(at.Node) ?? "cohorts[99].name";
                if (m.C % 5 == 0)
                {
                    path += "[3]";
                }

                overrides.Add($"{path}={OverrideValues[m.B % OverrideValues.Length]}");
                break;
        }
    }

    private static string? PathOf(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        // JsonNode.GetPath gives "$.a.b[1]"; scenario paths drop the "$." (and quoted names such as $schema).
        string path = node.GetPath();
        if (path.Contains('\'', StringComparison.Ordinal) || path == "$")
        {
            return null;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
    }

    private static string ApplyText(string text, Mutation m)
    {
        switch ((MutationOp)m.Op)
        {
            case MutationOp.Truncate:
                return text[..(m.A % Math.Max(1, text.Length))];
            case MutationOp.NonFiniteLiteral:
                var numbers = NumberValue().Matches(text);
                if (numbers.Count == 0)
                {
                    return text;
                }

                var match = numbers[m.A % numbers.Count];
                var group = match.Groups[1];
                return string.Concat(text.AsSpan(0, group.Index), NonFiniteLiterals[m.B % NonFiniteLiterals.Length], text.AsSpan(group.Index + group.Length));
            case MutationOp.DuplicateKey:
                var keys = FirstKey().Matches(text);
                if (keys.Count == 0)
                {
                    return text;
                }

                var key = keys[m.A % keys.Count];
                return text.Insert(key.Index + 1, $"\"{key.Groups[1].Value}\":1,");
            case MutationOp.GarbageChar:
                char[] garbage = ['\u0000', '"', '}', ']', ',', '\u001f', '\uFFFD', '\\', 'é', '/'];
                int at = m.A % Math.Max(1, text.Length);
                return text.Length == 0 ? text : string.Concat(text.AsSpan(0, at), garbage[m.B % garbage.Length].ToString(), text.AsSpan(at + 1));
            default:
                return text;
        }
    }

    private static byte[] InsertBadBytes(byte[] bytes, Mutation m)
    {
        byte[][] bad = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x90, 0x80], [0x80], [0xED, 0xA0, 0x80]];
        int at = bytes.Length == 0 ? 0 : m.A % bytes.Length;
        return [.. bytes.AsSpan(0, at), .. bad[m.B % bad.Length], .. bytes.AsSpan(at)];
    }

    private static void ApplyBase(List<(string Name, byte[] Bytes)> files, Mutation m)
    {
        var (mainName, mainBytes) = files[0];
        string main = Encoding.UTF8.GetString(mainBytes);
        switch ((MutationOp)m.Op)
        {
            case MutationOp.BaseMissing:
                files[0] = (mainName, WithBase(main, m.B % 2 == 0 ? "missing.json" : "no-such-folder/missing.json"));
                break;
            case MutationOp.BaseCycle:
                files[0] = (mainName, WithBase(main, "a.json"));
                files.Add(("a.json", Encoding.UTF8.GetBytes("""{ "base": "b.json", "horizonMonths": 24 }""")));
                files.Add(("b.json", Encoding.UTF8.GetBytes(m.B % 2 == 0 ? """{ "base": "a.json" }""" : $$"""{ "base": "{{MainFile}}" }""")));
                break;
            case MutationOp.BaseSelf:
                files[0] = (mainName, WithBase(main, m.B % 2 == 0 ? MainFile : "./" + MainFile));
                break;
            case MutationOp.BaseTooDeep:
                // Past MaxBaseDepth (32) now and then (33+ files to write and read); a short valid chain otherwise.
                int depth = m.B % 8 == 0 ? 33 : 3;
                files[0] = (mainName, WithBase(main, "chain0.json"));
                for (int i = 0; i < depth; i++)
                {
                    string next = i + 1 < depth ? $$"""{ "base": "chain{{i + 1}}.json" }""" : "{}";
                    files.Add(($"chain{i}.json", Encoding.UTF8.GetBytes(next)));
                }

                break;
            case MutationOp.BaseBadValue:
                string[] values = ["5", "\"\"", "\"   \"", "\"sub/\"", "\"\\u0000x.json\"", "null", "[]", "\".\"", "\"..\""];
                files[0] = (mainName, WithBaseRaw(main, values[m.B % values.Length]));
                break;
        }
    }

    private static byte[] WithBase(string main, string basePath) =>
        WithBaseRaw(main, "\"" + basePath + "\"");

    // Inserts "base": <raw> as the first property when the text starts like an object; else appends it (still bad).
    private static byte[] WithBaseRaw(string main, string raw)
    {
        int brace = main.IndexOf('{', StringComparison.Ordinal);
        string text = brace < 0 ? main + raw : main.Insert(brace + 1, $"\"base\":{raw},");
        return Encoding.UTF8.GetBytes(text);
    }

    [GeneratedRegex(@":(-?[0-9][0-9.eE+-]*)")]
    private static partial Regex NumberValue();

    [GeneratedRegex("\\{\"([A-Za-z$]+)\":")]
    private static partial Regex FirstKey();
}

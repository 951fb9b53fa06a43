using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Economics.Model.Loading;

namespace Economics.Charts.Tests.Fuzz;

/// <summary>A sampled scenario: the shipped scenario it starts from, what was changed (for the failure message), the
/// merged document and the <c>--set</c> overrides applied on top.</summary>
internal sealed record SampledScenario(string Start, IReadOnlyList<string> Edits, JsonObject Document, IReadOnlyList<string> Overrides)
{
    public override string ToString() =>
        $"start: {Start}\nedits: {string.Join("; ", Edits)}\noverrides: {string.Join(" ", Overrides)}\ndocument: {Document.ToJsonString()}";
}

/// <summary>
/// Samples v2 scenarios from the ranges of <c>scenario.schema.json</c>: a shipped scenario (merged over the baseline,
/// so every field is present) with numeric fields resampled within their schema ranges, one-of objects replaced by a
/// random branch whose fields are all sampled, enums switched, missing optional fields added, many overlapping events
/// of zero or huge multipliers, extra cohorts (validators among them), settlement mixes on the simplex, any horizon
/// 1–1,200 — and, as mutations, values just outside a range or extreme. Pure: the same choices give the same case.
/// </summary>
internal static class ScenarioSampler
{
    /// <summary>A case: which shipped scenario to start from and the random choices that drive the edits.</summary>
    public static Gen<SampledScenario> Any { get; } =
        Gen.Select(Gen.Int[0, ShippedScenarios.Names.Count - 1], Gen.UInt.Array[2, 48], (start, choices) => Build(ShippedScenarios.Names[start], choices));

    private static readonly JsonObject Schema = JsonNode.Parse(ScenarioSchema.Json)!.AsObject();

    private static readonly Dictionary<string, JsonObject> Starts = ShippedScenarios.Names.ToDictionary(
        n => n,
        n => ScenarioLoader.TryMerge(ScenarioSource.Shipped(n)!, []) ?? throw new InvalidOperationException($"shipped scenario {n} does not merge"),
        StringComparer.Ordinal);

    private static readonly double[] Multipliers = [0, 1e-300, 1e-6, 0.5, 2, 1e6, 1e15];

    private enum Edit
    {
        Resample,
        Resample2,
        Resample3,
        Branch,
        Enum,
        AddField,
        Events,
        Cohort,
        Mix,
        Horizon,
        OutOfRange,
        AsOverride,
        Count,
    }

    /// <summary>Builds the case for <paramref name="start"/> and <paramref name="choices"/>.</summary>
    public static SampledScenario Build(string start, uint[] choices)
    {
        var doc = Starts[start].DeepClone().AsObject();
        var edits = new List<string>();
        var overrides = new List<string>();
        var pick = new Picker(choices);
        int steps = 1 + pick.Below(Math.Max(1, choices.Length / 2));
        for (int step = 0; step < steps; step++)
        {
            var edit = (Edit)pick.Below((int)Edit.Count);
            switch (edit)
            {
                case Edit.Resample or Edit.Resample2 or Edit.Resample3 or Edit.OutOfRange or Edit.AsOverride:
                    SetNumber(doc, pick, edit, edits, overrides);
                    break;
                case Edit.Branch:
                    ReplaceBranch(doc, pick, edits);
                    break;
                case Edit.Enum:
                    SwitchEnum(doc, pick, edits);
                    break;
                case Edit.AddField:
                    AddField(doc, pick, edits);
                    break;
                case Edit.Events:
                    AddEvents(doc, pick, edits);
                    break;
                case Edit.Cohort:
                    AddCohort(doc, pick, edits);
                    break;
                case Edit.Mix:
                    Mix(doc, pick, edits);
                    break;
                case Edit.Horizon:
                    int months = pick.Below(4) switch { 0 => 1200, 1 => 1, _ => 1 + pick.Below(1200) };
                    doc["horizonMonths"] = months;
                    edits.Add($"horizonMonths={months}");
                    break;
            }
        }

        // Uncertainty entries are Monte Carlo input, not run here; their fields may point at paths the edits removed.
        doc["uncertainty"] = new JsonArray();
        return new SampledScenario(start, edits, doc, overrides);
    }

    /// <summary>A numeric leaf of the document with its schema range.</summary>
    private sealed record Leaf(JsonNode Parent, string? Key, int Index, string Path, SchemaRange Range, bool Whole);

    private static void SetNumber(JsonObject doc, Picker pick, Edit edit, List<string> edits, List<string> overrides)
    {
        var leaves = Leaves(doc);
        if (leaves.Count == 0)
        {
            return;
        }

        var leaf = leaves[pick.Below(leaves.Count)];
        double value = edit == Edit.OutOfRange ? leaf.Range.Outside(pick.Below(64)) : leaf.Range.Sample(pick.Below(64), pick.Unit(), leaf.Whole);
        if (edit == Edit.AsOverride && leaf.Key is not null)
        {
            overrides.Add($"{leaf.Path}={Text(value)}");
            return;
        }

        var node = Number(value, leaf.Whole && edit != Edit.OutOfRange);
        if (leaf.Key is not null)
        {
            leaf.Parent.AsObject()[leaf.Key] = node;
        }
        else
        {
            leaf.Parent.AsArray()[leaf.Index] = node;
        }

        edits.Add($"{leaf.Path}={Text(value)}{(edit == Edit.OutOfRange ? " (out of range)" : string.Empty)}");
    }

    private static void ReplaceBranch(JsonObject doc, Picker pick, List<string> edits)
    {
        var choices = new List<(JsonObject Parent, string Key, JsonObject Schema, string Path)>();
        Walk(doc, Schema, "$", (node, schema, path, parent, key) =>
        {
            if (node is JsonObject && parent is JsonObject p && key is not null && schema["anyOf"] is JsonArray { Count: > 1 })
            {
                choices.Add((p, key, schema, path));
            }
        });
        if (choices.Count == 0)
        {
            return;
        }

        var (parentObject, name, branchSchema, where) = choices[pick.Below(choices.Count)];
        var branches = branchSchema["anyOf"]!.AsArray();
        var branch = branches[pick.Below(branches.Count)]!.AsObject();
        parentObject[name] = Generate(branch, pick);
        edits.Add($"{where}={parentObject[name]!.ToJsonString()}");
    }

    // A whole object from a schema branch: const kinds, sampled numbers, short sampled tables.
    private static JsonObject Generate(JsonObject branch, Picker pick)
    {
        var result = new JsonObject();
        foreach (var (name, property) in branch["properties"]!.AsObject())
        {
            var p = property!.AsObject();
            if (p["const"] is { } constant)
            {
                result[name] = constant.DeepClone();
            }
            else if (IsNumber(p) && SchemaRange.FromDescription(Description(p)) is { } range)
            {
                result[name] = Number(range.Sample(pick.Below(64), pick.Unit(), IsWhole(p)), IsWhole(p));
            }
            else if (p["type"]?.ToString() == "array" && p["items"] is JsonObject items && IsNumber(items))
            {
                var table = new JsonArray();
                int length = 1 + pick.Below(24);
                for (int i = 0; i < length; i++)
                {
                    table.Add(Number(SchemaRange.Amount.Sample(pick.Below(64), pick.Unit(), whole: false), whole: false));
                }

                result[name] = table;
            }
        }

        return result;
    }

    private static void SwitchEnum(JsonObject doc, Picker pick, List<string> edits)
    {
        var choices = new List<(JsonObject Parent, string Key, JsonArray Values, string Path)>();
        Walk(doc, Schema, "$", (node, schema, path, parent, key) =>
        {
            if (parent is JsonObject p && key is not null && schema["enum"] is JsonArray values)
            {
                choices.Add((p, key, values, path));
            }
        });
        if (choices.Count > 0)
        {
            var (parent, key, values, path) = choices[pick.Below(choices.Count)];
            // A nullable enum lists null among its values (e.g. postSubsidyCostBorneBy): set it as JSON null.
            parent[key] = values[pick.Below(values.Count)]?.DeepClone();
            edits.Add($"{path}={parent[key]?.ToJsonString() ?? "null"}");
        }
    }

    // An optional numeric field the document leaves at its default, set from its range.
    private static void AddField(JsonObject doc, Picker pick, List<string> edits)
    {
        var choices = new List<(JsonObject Node, string Key, SchemaRange Range, bool Whole, string Path)>();
        Walk(doc, Schema, "$", (node, schema, path, _, _) =>
        {
            if (node is JsonObject o && schema["properties"] is JsonObject properties)
            {
                foreach (var (name, property) in properties)
                {
                    if (!o.ContainsKey(name) && property is JsonObject p && IsNumber(p) && SchemaRange.FromDescription(Description(p)) is { } range)
                    {
                        choices.Add((o, name, range, IsWhole(p), $"{path}.{name}"));
                    }
                }
            }
        });
        if (choices.Count > 0)
        {
            var (node, key, range, whole, path) = choices[pick.Below(choices.Count)];
            double value = range.Sample(pick.Below(64), pick.Unit(), whole);
            node[key] = Number(value, whole);
            edits.Add($"{path}={Text(value)} (added)");
        }
    }

    // Up to 60 overlapping events (issue 15 item 3: 51 of multiplier 1e6, one of 0), from the schema's event branches.
    private static void AddEvents(JsonObject doc, Picker pick, List<string> edits)
    {
        var events = doc["events"] as JsonArray ?? [];
        doc["events"] = events;
        var branches = Schema["properties"]!["events"]!["items"]!["anyOf"]!.AsArray();
        string[] providers = [.. Names(doc["cohorts"], "provider")];
        string[] markets = [.. Names(doc["markets"], "name")];
        int count = 1 + pick.Below(60);
        bool overlap = pick.Below(2) == 0;
        for (int i = 0; i < count; i++)
        {
            var e = Generate(branches[pick.Below(branches.Count)]!.AsObject(), pick);
            if (overlap)
            {
                e["month"] = 0;
                e["durationMonths"] = 1200;
            }

            if (e.ContainsKey("multiplier"))
            {
                e["multiplier"] = Multipliers[pick.Below(Multipliers.Length)];
            }

            e["month"] = (int)Math.Min(Read(e["month"]), 1300);
            e["durationMonths"] = (int)Math.Min(Read(e["durationMonths"]), 1300);
            if (providers.Length > 0)
            {
                e["provider"] = providers[pick.Below(providers.Length)];
            }

            if (markets.Length > 0)
            {
                e["market"] = markets[pick.Below(markets.Length)];
            }

            events.Add(Strip(e, branches));
        }

        edits.Add($"{count} events{(overlap ? " overlapping all months" : string.Empty)}");
    }

    // Fields an event kind does not have are removed again (provider on a gasSpike, market on an outage).
    private static JsonObject Strip(JsonObject e, JsonArray branches)
    {
        var branch = branches.First(b => b!["properties"]!["kind"]!["const"]!.ToString() == e["kind"]!.ToString())!["properties"]!.AsObject();
        foreach (string key in e.Select(kv => kv.Key).ToArray())
        {
            if (!branch.ContainsKey(key))
            {
                e.Remove(key);
            }
        }

        return e;
    }

    // A copy of an existing cohort under a new name, as a validator or an inference cohort.
    private static void AddCohort(JsonObject doc, Picker pick, List<string> edits)
    {
        if (doc["cohorts"] is not JsonArray { Count: > 0 } cohorts || cohorts.Count >= 8)
        {
            return;
        }

        var copy = cohorts[pick.Below(cohorts.Count)]!.DeepClone().AsObject();
        string name = "fuzz" + cohorts.Count.ToString(CultureInfo.InvariantCulture);
        copy["name"] = name;
        if (pick.Below(2) == 0)
        {
            copy["kind"] = "validator";
            copy.Remove("markets");
            copy["capacityInferencesPerMonth"] = 0;
        }

        cohorts.Add(copy);
        edits.Add($"cohort {name} ({copy["kind"]?.ToString() ?? "inference"})");
    }

    // A settlement mix on the simplex (the four shares sum to 1), corners included.
    private static void Mix(JsonObject doc, Picker pick, List<string> edits)
    {
        double[] w = [.. Enumerable.Range(0, 4).Select(_ => pick.Below(3) == 0 ? 0.0 : pick.Unit())];
        double sum = w.Sum();
        if (sum == 0)
        {
            w[pick.Below(4)] = sum = 1;
        }

        var mix = new JsonObject { ["private"] = w[0] / sum, ["batchHashed"] = w[1] / sum, ["individualHashes"] = w[2] / sum };
        mix["individualFull"] = Math.Max(0, 1 - (w[0] / sum) - (w[1] / sum) - (w[2] / sum));
        doc["settlement"]!["mix"] = mix;
        edits.Add($"settlement.mix={mix.ToJsonString()}");
    }

    private static List<Leaf> Leaves(JsonObject doc)
    {
        var leaves = new List<Leaf>();
        Walk(doc, Schema, "$", (node, schema, path, parent, key) =>
        {
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && parent is not null && IsNumber(schema))
            {
                var range = SchemaRange.FromDescription(Description(schema))
                    ?? (parent is JsonArray ? SchemaRange.Amount : null);
                if (range is not null)
                {
                    int index = key is null && parent is JsonArray a ? a.IndexOf(node) : -1;
                    leaves.Add(new Leaf(parent, key, index, path[2..], range, IsWhole(schema)));
                }
            }
        });
        return leaves;
    }

    // Visits every node with its schema (the branch matching "kind" inside a one-of).
    private static void Walk(JsonNode? node, JsonObject schema, string path, Action<JsonNode?, JsonObject, string, JsonNode?, string?> visit, JsonNode? parent = null, string? key = null)
    {
        visit(node, schema, path, parent, key);
        if (node is JsonObject o)
        {
            var properties = schema["properties"] as JsonObject;
            if (schema["anyOf"] is JsonArray branches)
            {
                string? kind = o["kind"]?.ToString();
                properties = branches.Select(b => b!.AsObject()).FirstOrDefault(b => b["properties"]?["kind"]?["const"]?.ToString() == kind)?["properties"] as JsonObject;
            }

            if (properties is null)
            {
                return;
            }

            foreach (var (name, child) in o.ToArray())
            {
                if (properties[name] is JsonObject childSchema)
                {
                    Walk(child, childSchema, $"{path}.{name}", visit, o, name);
                }
            }
        }
        else if (node is JsonArray a && schema["items"] is JsonObject items)
        {
            for (int i = 0; i < a.Count; i++)
            {
                Walk(a[i], items, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", visit, a, null);
            }
        }
    }

    private static IEnumerable<string> Names(JsonNode? array, string field) =>
        array is JsonArray a ? a.Select(x => x?[field]?.ToString()).OfType<string>().Distinct(StringComparer.Ordinal) : [];

    private static bool IsNumber(JsonObject schema) => schema["type"] switch
    {
        JsonValue v => v.ToString() is "number" or "integer",
        JsonArray types => types.Any(t => t?.ToString() is "number" or "integer"),
        _ => false,
    };

    private static bool IsWhole(JsonObject schema) => schema["type"] switch
    {
        JsonValue v => v.ToString() == "integer",
        JsonArray types => types.Any(t => t?.ToString() == "integer"),
        _ => false,
    };

    private static string? Description(JsonObject schema) => schema["description"]?.ToString();

    private static JsonValue Number(double value, bool whole) =>
        whole && Math.Abs(value) <= int.MaxValue ? JsonValue.Create((int)value) : JsonValue.Create(value);

    private static double Read(JsonNode? node) => double.Parse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Reads the random choices in order (wrapping, remixed on each pass so a short array still varies).</summary>
    private sealed class Picker(uint[] values)
    {
        private int _next;

        public uint Next()
        {
            uint v = values[_next % values.Length] ^ (uint)(_next / values.Length * 0x9E3779B9u);
            _next++;
            return v;
        }

        /// <summary>A whole number in [0, n).</summary>
        public int Below(int n) => (int)(Next() % (uint)n);

        /// <summary>A number in [0, 1).</summary>
        public double Unit() => Next() / 4294967296.0;
    }
}

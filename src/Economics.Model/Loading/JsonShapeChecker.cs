using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Economics.Model.Loading;

/// <summary>
/// Checks a scenario document against the shape of the records before deserializing, so that every unknown
/// field, missing field, wrong type and unknown <c>kind</c> is reported at once with its JSON path (the
/// serializer alone stops at the first). Reads the serializer's own metadata, so the two cannot disagree.
/// </summary>
internal sealed class JsonShapeChecker
{
    private const int MaxReportedItems = 1000;
    private readonly JsonSerializerOptions _options;
    private readonly List<ScenarioProblem> _problems;
    private readonly List<(JsonObject Parent, string Key)> _unknown = [];
    private readonly List<(JsonNode Node, string Path)> _wrongScalars = [];
    private int _otherProblems;

    private JsonShapeChecker(JsonSerializerOptions options, List<ScenarioProblem> problems)
    {
        _options = options;
        _problems = problems;
    }

    /// <summary>Appends to <paramref name="problems"/> every shape problem of <paramref name="node"/> as a <paramref name="type"/>.</summary>
    public static void Check(JsonNode? node, Type type, JsonSerializerOptions options, List<ScenarioProblem> problems) =>
        new JsonShapeChecker(options, problems).CheckValue(node, type, "$", nullable: false);

    /// <summary>Like <see cref="Check"/>, and sets aside what does not stop the records from being built, so that the
    /// range rules can still run on the rest: unknown fields are removed from <paramref name="node"/> (which the caller
    /// owns), and when the only other problems are scalar fields of the wrong kind (a string where a number goes, a
    /// number where an enum goes), <paramref name="fallback"/>'s value is put at each such place. A typo or a type
    /// error then does not hide the file's other mistakes.</summary>
    /// <param name="node">The document; changed in place.</param>
    /// <param name="type">Its record type.</param>
    /// <param name="options">The serializer options.</param>
    /// <param name="problems">Receives every shape problem, as <see cref="Check"/> reports them.</param>
    /// <param name="fallback">Gives the document whose values stand in (the embedded baseline); read only when needed.</param>
    /// <param name="replaced">The values put in, with their paths (empty when none).</param>
    /// <returns>True when the document can now be read: nothing but unknown fields was found, or every other problem
    /// was a wrong-kind scalar that <paramref name="fallback"/> holds a value for at the same place (same keys and
    /// indices) and the document then has the right shape.</returns>
    public static bool CheckAndRepair(JsonNode node, Type type, JsonSerializerOptions options, List<ScenarioProblem> problems, Func<JsonNode?> fallback, out IReadOnlyList<StandIn> replaced)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(fallback);
        replaced = [];
        var checker = new JsonShapeChecker(options, problems);
        checker.CheckValue(node, type, "$", nullable: false);
        if (checker._otherProblems > 0 && checker._otherProblems != checker._wrongScalars.Count)
        {
            return false;
        }

        foreach (var (parent, key) in checker._unknown)
        {
            parent.Remove(key);
        }

        if (checker._wrongScalars.Count == 0)
        {
            return true;
        }

        var standIn = fallback();
        var standIns = new List<StandIn>();
        foreach (var (wrong, path) in checker._wrongScalars)
        {
            if (standIn is null || At(standIn, Steps(wrong)) is not JsonValue value)
            {
                return false;
            }

            standIns.Add(new StandIn(path, value.DeepClone()));
            Replace(wrong, value.DeepClone());
        }

        // The stand-ins must fit where they went (a one-of of another kind can use the same key for another type).
        if (!HasShape(node, type, options))
        {
            return false;
        }

        replaced = standIns;
        return true;
    }

    // Whether node has the shape of type, with no problem of any kind.
    private static bool HasShape(JsonNode node, Type type, JsonSerializerOptions options)
    {
        var scratch = new List<ScenarioProblem>();
        Check(node, type, options, scratch);
        return scratch.Count == 0;
    }

    // The keys and indices from the root to node.
    private static List<object> Steps(JsonNode node)
    {
        var steps = new List<object>();
        for (var n = node; n.Parent is { } parent; n = parent)
        {
            steps.Add(parent is JsonArray ? n.GetElementIndex() : n.GetPropertyName());
        }

        steps.Reverse();
        return steps;
    }

    // The node at steps under root, or null.
    private static JsonNode? At(JsonNode root, List<object> steps)
    {
        JsonNode? n = root;
        foreach (object step in steps)
        {
            n = (n, step) switch
            {
                (JsonObject o, string key) => o.TryGetPropertyValue(key, out var child) ? child : null,
                (JsonArray a, int i) => i < a.Count ? a[i] : null,
                _ => null,
            };
            if (n is null)
            {
                return null;
            }
        }

        return n;
    }

    private static void Replace(JsonNode node, JsonNode value)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[node.GetPropertyName()] = value;
                break;
            case JsonArray a:
                a[node.GetElementIndex()] = value;
                break;
        }
    }

    /// <summary>The path of field <paramref name="name"/> under <paramref name="path"/>, as problems name paths
    /// (<c>token.maxSupply</c>; a top-level field without <c>$.</c>).</summary>
    internal static string Child(string path, string name) => path == "$" ? name : $"{path}.{name}";

    private void Add(string path, string message)
    {
        _otherProblems++;
        AddProblem(path, message);
    }

    private void AddProblem(string path, string message)
    {
        if (_problems.Count < MaxReportedItems)
        {
            _problems.Add(new ScenarioProblem(path, message));
        }
    }

    private void CheckValue(JsonNode? node, Type type, string path, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is null)
        {
            if (!nullable && underlying is null)
            {
                Add(path, $"is null; expected {Describe(type)}");
            }

            return;
        }

        // Only a document built in code can hold NaN or ±Infinity (JSON text cannot); report it, never throw.
        if (IsNonFinite(node, out double bad))
        {
            Add(path, $"is {bad.ToString(CultureInfo.InvariantCulture)}; expected a finite number");
            return;
        }

        type = underlying ?? type;
        var info = _options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(node, info, path);
                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType:
                CheckArray(node, elementType, path);
                break;
            default:
                CheckPrimitive(node, type, path);
                break;
        }
    }

    private void CheckArray(JsonNode node, Type elementType, string path)
    {
        if (node is not JsonArray array)
        {
            Add(path, $"is {Show(node)}; expected an array");
            return;
        }

        for (int i = 0; i < array.Count; i++)
        {
            CheckValue(array[i], elementType, $"{path}[{i}]", nullable: false);
        }
    }

    private void CheckObject(JsonNode node, JsonTypeInfo info, string path)
    {
        if (node is not JsonObject obj)
        {
            Add(path, $"is {Show(node)}; expected an object");
            return;
        }

        if (info.PolymorphismOptions is { } polymorphism)
        {
            string discriminator = polymorphism.TypeDiscriminatorPropertyName;
            string kinds = string.Join(", ", polymorphism.DerivedTypes.Select(d => d.TypeDiscriminator));
            if (!obj.TryGetPropertyValue(discriminator, out var kindNode) || kindNode is null)
            {
                Add(Child(path, discriminator), $"is missing; it selects the kind, one of: {kinds}");
                return;
            }

            string? kind = kindNode.GetValueKind() == JsonValueKind.String ? kindNode.GetValue<string>() : null;
            var derived = polymorphism.DerivedTypes.FirstOrDefault(d => d.TypeDiscriminator as string == kind);
            if (derived.DerivedType is null)
            {
                Add(Child(path, discriminator), $"is {Show(kindNode)}; expected one of: {kinds}");
                return;
            }

            CheckProperties(obj, _options.GetTypeInfo(derived.DerivedType), path, discriminator);
            return;
        }

        CheckProperties(obj, info, path, skip: null);
    }

    private void CheckProperties(JsonObject obj, JsonTypeInfo info, string path, string? skip)
    {
        // A field is one the deserializer sets. System.Text.Json keeps [JsonIgnore]d and computed (get-only) properties in
        // the contract with no setter and then skips them silently, so --set markets[0].listUsdPerRequest=0.01 did
        // nothing (the list price per request is computed from the tokens and the prices per million).
        var known = info.Properties.Where(p => p.Set is not null).ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (key == skip)
            {
                continue;
            }

            if (!known.TryGetValue(key, out var property))
            {
                string suggestion = Suggest(key, known.Keys);
                _unknown.Add((obj, key));
                AddProblem(Child(path, key), $"is not a known field{suggestion}; known fields here: {string.Join(", ", known.Keys.Where(k => k != "$schema"))}");
                continue;
            }

            CheckValue(value, property.PropertyType, Child(path, key), nullable: property.IsSetNullable);
        }

        foreach (var property in info.Properties)
        {
            if (property.IsRequired && !obj.ContainsKey(property.Name))
            {
                Add(Child(path, property.Name), $"is missing; expected {Describe(property.PropertyType)}");
            }
        }
    }

    private void CheckPrimitive(JsonNode node, Type type, string path)
    {
        var kind = node.GetValueKind();
        if (type == typeof(double))
        {
            if (kind != JsonValueKind.Number)
            {
                WrongScalar(node, path, $"is {Show(node)}; expected a number");
            }
        }
        else if (type == typeof(int))
        {
            if (kind != JsonValueKind.Number || !IsIntegral(node))
            {
                WrongScalar(node, path, $"is {Show(node)}; expected a whole number in digits (e.g. 24; no decimal point or exponent)");
            }
        }
        else if (type == typeof(string))
        {
            if (kind != JsonValueKind.String)
            {
                WrongScalar(node, path, $"is {Show(node)}; expected a string");
            }
        }
        else if (type == typeof(bool))
        {
            if (kind is not (JsonValueKind.True or JsonValueKind.False))
            {
                WrongScalar(node, path, $"is {Show(node)}; expected true or false");
            }
        }
        else if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
            if (kind != JsonValueKind.String || !names.Contains(node.GetValue<string>(), StringComparer.Ordinal))
            {
                WrongScalar(node, path, $"is {Show(node)}; expected one of: {string.Join(", ", names)}");
            }
        }
    }

    // A scalar field holding a value of the wrong kind: a problem that a stand-in value can set aside (CheckAndRepair).
    private void WrongScalar(JsonNode node, string path, string message)
    {
        _wrongScalars.Add((node, path));
        Add(path, message);
    }

    private static bool IsNonFinite(JsonNode node, out double value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value) && !double.IsFinite(value);
    }

    private static bool IsIntegral(JsonNode node) =>
        int.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(double))
        {
            return "a number";
        }

        if (type == typeof(int))
        {
            return "a whole number";
        }

        if (type == typeof(string))
        {
            return "a string";
        }

        if (type.IsEnum)
        {
            return "one of: " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName));
        }

        return type.IsGenericType ? "an array" : "an object";
    }

    /// <summary>A short rendering of a value for messages: its JSON (cut to 40 characters) and its type.</summary>
    internal static string Show(JsonNode? node)
    {
        if (node is null)
        {
            return "null";
        }

        if (IsNonFinite(node, out double bad))
        {
            return "a number " + bad.ToString(CultureInfo.InvariantCulture);
        }

        string json = node.ToJsonString();
        if (json.Length > 40)
        {
            json = json[..37] + "...";
        }

        string what = node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        };
        return $"{what} {json}";
    }

    private static string Suggest(string key, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Levenshtein(key.ToUpperInvariant(), k.ToUpperInvariant())))
            .Where(x => x.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Name is null ? string.Empty : $" (did you mean '{best.Name}'?)";
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

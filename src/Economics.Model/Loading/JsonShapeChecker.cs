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
    private int _otherProblems;

    private JsonShapeChecker(JsonSerializerOptions options, List<ScenarioProblem> problems)
    {
        _options = options;
        _problems = problems;
    }

    /// <summary>Appends to <paramref name="problems"/> every shape problem of <paramref name="node"/> as a <paramref name="type"/>.</summary>
    public static void Check(JsonNode? node, Type type, JsonSerializerOptions options, List<ScenarioProblem> problems) =>
        new JsonShapeChecker(options, problems).CheckValue(node, type, "$", nullable: false);

    /// <summary>Like <see cref="Check"/>, and when the only problems are unknown fields, removes them from
    /// <paramref name="node"/> (which the caller owns) so that the rest can still be read and range-checked:
    /// a typo then does not hide the other mistakes of the file.</summary>
    /// <returns>True when nothing but unknown fields was found (and they were removed).</returns>
    public static bool CheckAndRemoveUnknown(JsonNode? node, Type type, JsonSerializerOptions options, List<ScenarioProblem> problems)
    {
        var checker = new JsonShapeChecker(options, problems);
        checker.CheckValue(node, type, "$", nullable: false);
        if (checker._otherProblems > 0)
        {
            return false;
        }

        foreach (var (parent, key) in checker._unknown)
        {
            parent.Remove(key);
        }

        return true;
    }

    private static string Child(string path, string name) => path == "$" ? name : $"{path}.{name}";

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
                Add(path, $"is {Show(node)}; expected a number");
            }
        }
        else if (type == typeof(int))
        {
            if (kind != JsonValueKind.Number || !IsIntegral(node))
            {
                Add(path, $"is {Show(node)}; expected a whole number in digits (e.g. 24; no decimal point or exponent)");
            }
        }
        else if (type == typeof(string))
        {
            if (kind != JsonValueKind.String)
            {
                Add(path, $"is {Show(node)}; expected a string");
            }
        }
        else if (type == typeof(bool))
        {
            if (kind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Add(path, $"is {Show(node)}; expected true or false");
            }
        }
        else if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
            if (kind != JsonValueKind.String || !names.Contains(node.GetValue<string>(), StringComparer.Ordinal))
            {
                Add(path, $"is {Show(node)}; expected one of: {string.Join(", ", names)}");
            }
        }
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

using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Economics.Model.Scenarios;

namespace Economics.Model.Loading;

/// <summary>
/// The JSON schema of scenario files (<c>data/scenarios/scenario.schema.json</c>), which editors such as VS Code
/// use to autocomplete fields and flag typos while a user edits assumptions.
/// </summary>
/// <remarks>
/// <see cref="Generate(string)"/> builds it from the scenario records with
/// <see cref="JsonSchemaExporter"/> and <see cref="ScenarioJson.Options"/> (so it cannot drift from what the
/// loader reads), adds each field's XML documentation (unit and range) as <c>description</c>, the baseline's value
/// as <c>default</c>, <c>additionalProperties: false</c> on every object, and one branch per <c>kind</c> of each
/// one-of. No field is <c>required</c>: a scenario states only what differs from its base. The committed file
/// is embedded in the package (<see cref="Json"/>); a test fails when it differs from a fresh generation.
/// Output is deterministic: the records' declaration order, two-space indentation, LF line ends.
/// </remarks>
public static partial class ScenarioSchema
{
    /// <summary>The schema's file name, next to the scenario files that declare it.</summary>
    public const string FileName = "scenario.schema.json";

    private const string SchemaResource = "Economics.Model.scenario.schema.json";
    private const string DraftUri = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The committed schema (embedded at build time): what <c>econ schema</c> prints.</summary>
    public static string Json { get; } = ReadResource();

    /// <summary>Generates the schema from the records, reading descriptions from the XML documentation file
    /// built next to <c>Economics.Model.dll</c>.</summary>
    /// <exception cref="FileNotFoundException">The documentation file is not next to the assembly.</exception>
    public static string Generate()
    {
        string assembly = typeof(Scenario).Assembly.Location;
        string xml = Path.ChangeExtension(assembly, ".xml");
        if (!File.Exists(xml))
        {
            throw new FileNotFoundException($"The XML documentation of Economics.Model is missing (looked for {xml}); build with GenerateDocumentationFile.", xml);
        }

        return Generate(xml);
    }

    /// <summary>Generates the schema from the records, with descriptions from <paramref name="xmlDocumentationPath"/>.</summary>
    /// <param name="xmlDocumentationPath">The compiler's XML documentation file of Economics.Model.</param>
    /// <returns>The schema as indented JSON with LF line ends and a final newline.</returns>
    public static string Generate(string xmlDocumentationPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(xmlDocumentationPath);
        var docs = LoadDocs(xmlDocumentationPath);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, docs),
        };
        var schema = (JsonObject)ScenarioJson.Options.GetJsonSchemaAsNode(typeof(Scenario), exporterOptions);

        var root = new JsonObject
        {
            ["$schema"] = DraftUri,
            ["$id"] = FileName,
            ["title"] = "Economics scenario",
        };
        foreach (var (key, value) in schema.ToArray())
        {
            schema.Remove(key);
            root[key] = value;
        }

        root["description"] = docs.TryGetValue($"T:{typeof(Scenario).FullName}", out string? d) ? d : string.Empty;
        StripRequired(root);
        var baseline = JsonNode.Parse(ScenarioLoader.BaselineJson, ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions);
        AddDefaults(root, baseline);
        return root.ToJsonString(WriteOptions) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, Dictionary<string, string> docs)
    {
        if (node is not JsonObject obj)
        {
            // `true` (any value): nothing to annotate.
            return node;
        }

        string? description = null;
        if (context.PropertyInfo?.AttributeProvider is PropertyInfo property)
        {
            description = Lookup(docs, $"P:{property.DeclaringType!.FullName}.{property.Name}");
        }

        var type = context.TypeInfo.Type;
        bool isNamedObject = context.TypeInfo.Kind == JsonTypeInfoKind.Object && type.Namespace == typeof(Scenario).Namespace;
        if (isNamedObject && context.PropertyInfo is null)
        {
            // A type's own schema: its summary (one-of branches and array items are described by their type).
            description ??= Lookup(docs, $"T:{type.FullName}");
        }

        if (description is not null)
        {
            obj["description"] = description;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && obj.ContainsKey("properties"))
        {
            obj["additionalProperties"] = false;
        }

        return obj;
    }

    private static string? Lookup(Dictionary<string, string> docs, string key) =>
        docs.TryGetValue(key, out string? text) && text.Length > 0 ? text : null;

    private static void StripRequired(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("required");
                foreach (var (_, child) in obj)
                {
                    StripRequired(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    StripRequired(child);
                }

                break;
        }
    }

    /// <summary>Adds the baseline's value as <c>default</c> to every primitive field (and primitive array) the
    /// baseline states, following one-ofs into the branch of the baseline's kind.</summary>
    private static void AddDefaults(JsonObject schema, JsonNode? value)
    {
        if (value is not JsonObject valueObject)
        {
            return;
        }

        if (schema["anyOf"] is JsonArray branches)
        {
            string? kind = valueObject["kind"] is JsonValue k && k.GetValueKind() == JsonValueKind.String ? k.GetValue<string>() : null;
            foreach (var branch in branches.OfType<JsonObject>())
            {
                if (branch["properties"]?["kind"]?["const"] is JsonValue c && c.GetValue<string>() == kind)
                {
                    AddDefaults(branch, valueObject);
                }
            }

            return;
        }

        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var (name, propertySchema) in properties)
        {
            if (propertySchema is not JsonObject ps || IsNotADefault(name) || !valueObject.TryGetPropertyValue(name, out var v) || v is null)
            {
                continue;
            }

            bool primitive = v is JsonValue;
            bool primitiveArray = v is JsonArray array && array.All(item => item is JsonValue);
            if (primitive || primitiveArray)
            {
                ps["default"] = v.DeepClone();
            }
            else if (v is JsonObject)
            {
                AddDefaults(ps, v);
            }
        }
    }

    // The discriminator, the file's own references and the baseline's identity are not defaults of other scenarios.
    private static bool IsNotADefault(string name) => name is "kind" or "$schema" or "base" or "name" or "description";

    private static Dictionary<string, string> LoadDocs(string path)
    {
        var docs = new Dictionary<string, string>(StringComparer.Ordinal);
        var document = XDocument.Load(path);
        foreach (var member in document.Descendants("member"))
        {
            string? name = member.Attribute("name")?.Value;
            var summary = member.Element("summary");
            if (name is null || summary is null)
            {
                continue;
            }

            string text = Flatten(summary);
            if (member.Element("remarks") is { } remarks)
            {
                text += " " + Flatten(remarks);
            }

            docs[name] = Whitespace().Replace(text, " ").Trim();
        }

        return docs;
    }

    /// <summary>Plain text of a doc element: <c>&lt;c&gt;x&lt;/c&gt;</c> becomes x, a cref its last name segment
    /// (camelCase for a property, as it appears in the JSON).</summary>
    private static string Flatten(XElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    builder.Append(text.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    string cref = see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? see.Value;
                    string last = cref[(cref.LastIndexOf('.') + 1)..];
                    builder.Append(cref.StartsWith("P:", StringComparison.Ordinal) ? PropertyReference(cref) : last);
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    builder.Append(reference.Attribute("name")?.Value);
                    break;
                case XElement child:
                    builder.Append(Flatten(child));
                    break;
            }
        }

        return builder.ToString();
    }

    // P:Economics.Model.Scenarios.Cohort.Provider → Cohort.provider (the record and the JSON field name).
    private static string PropertyReference(string cref)
    {
        string[] parts = cref.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{JsonNamingPolicy.CamelCase.ConvertName(parts[^1])}" : cref;
    }

    private static string ReadResource()
    {
        using var stream = typeof(ScenarioSchema).Assembly.GetManifestResourceStream(SchemaResource);
        if (stream is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Economics.Model.Loading;

/// <summary>The System.Text.Json settings of the scenario format: camelCase, comments and trailing commas
/// allowed, unknown properties rejected, enums as camelCase strings, one-ofs tagged by <c>kind</c>.</summary>
public static class ScenarioJson
{
    /// <summary>Options for reading and writing scenarios (read-only, shared, thread safe).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Options for parsing scenario text into a <see cref="System.Text.Json.Nodes.JsonNode"/>.</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    /// <summary>Node options: property names are case sensitive.</summary>
    public static System.Text.Json.Nodes.JsonNodeOptions NodeOptions { get; } = new() { PropertyNameCaseInsensitive = false };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowOutOfOrderMetadataProperties = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}

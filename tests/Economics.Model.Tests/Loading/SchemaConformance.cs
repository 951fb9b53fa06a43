using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economics.Model.Tests.Loading;

/// <summary>
/// The subset of JSON Schema that <c>scenario.schema.json</c> uses (type, enum, const, anyOf, properties,
/// additionalProperties, items), enough to check what an editor would flag in a scenario file.
/// </summary>
internal static class SchemaConformance
{
    public static List<string> Errors(JsonNode? value, JsonObject schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonNode? value, JsonObject schema, string path, List<string> errors)
    {
        if (schema["type"] is { } type && !TypeMatches(value, type))
        {
            errors.Add($"{path}: {Kind(value)} is not {type.ToJsonString()}");
            return;
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not one of {values.ToJsonString()}");
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value?.ToJsonString()} is not {constant.ToJsonString()}");
        }

        if (schema["anyOf"] is JsonArray branches)
        {
            var branchErrors = branches.OfType<JsonObject>().Select(b => Errors(value, b)).ToList();
            if (branchErrors.All(e => e.Count > 0))
            {
                errors.Add($"{path}: matches no branch ({string.Join(" | ", branchErrors.Select(e => e[0]))})");
            }
        }

        if (value is JsonObject obj && schema["properties"] is JsonObject properties)
        {
            foreach (var (key, child) in obj)
            {
                if (properties[key] is JsonObject propertySchema)
                {
                    Check(child, propertySchema, $"{path}.{key}", errors);
                }
                else if (schema["additionalProperties"]?.GetValueKind() == JsonValueKind.False)
                {
                    errors.Add($"{path}.{key}: not allowed");
                }
            }
        }

        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (int i = 0; i < array.Count; i++)
            {
                Check(array[i], items, $"{path}[{i}]", errors);
            }
        }
    }

    private static bool TypeMatches(JsonNode? value, JsonNode type)
    {
        var names = type is JsonArray a ? a.Select(t => t!.GetValue<string>()) : [type.GetValue<string>()];
        return names.Any(name => name switch
        {
            "null" => value is null,
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value?.GetValueKind() == JsonValueKind.String,
            "boolean" => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            "number" => value?.GetValueKind() == JsonValueKind.Number,
            "integer" => value?.GetValueKind() == JsonValueKind.Number && long.TryParse(value.ToJsonString(), out _),
            _ => false,
        });
    }

    private static string Kind(JsonNode? value) => value is null ? "null" : value.GetValueKind().ToString();
}

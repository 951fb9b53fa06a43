using System.Text.Json.Nodes;

namespace Economics.Model.Loading;

/// <summary>Deep merge of scenario documents: a scenario states only what differs from its base.</summary>
internal static class JsonMerge
{
    /// <summary>
    /// Returns <paramref name="baseNode"/> overlaid with <paramref name="overlay"/>: objects merge key by key,
    /// everything else (numbers, strings, arrays) is replaced. An object whose <c>kind</c> differs from the
    /// base's replaces it whole, so switching a schedule's kind does not inherit the old kind's fields.
    /// Neither input is modified.
    /// </summary>
    public static JsonNode? Merge(JsonNode? baseNode, JsonNode? overlay)
    {
        if (baseNode is JsonObject baseObject && overlay is JsonObject overlayObject && SameKind(baseObject, overlayObject))
        {
            var result = (JsonObject)baseObject.DeepClone();
            foreach (var (key, value) in overlayObject)
            {
                result[key] = result.TryGetPropertyValue(key, out var existing)
                    ? Merge(existing, value)
                    : value?.DeepClone();
            }

            return result;
        }

        return overlay?.DeepClone();
    }

    private static bool SameKind(JsonObject a, JsonObject b)
    {
        if (!b.TryGetPropertyValue("kind", out var overlayKind))
        {
            return true;
        }

        return a.TryGetPropertyValue("kind", out var baseKind) && JsonNode.DeepEquals(baseKind, overlayKind);
    }
}

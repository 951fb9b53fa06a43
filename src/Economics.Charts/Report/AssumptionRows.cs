using System.Globalization;
using System.Text.Json.Nodes;
using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Charts.Report;

/// <summary>A scenario as (JSON path, value) rows, e.g. <c>("token.pools[0].vestingMonths", "60")</c>, in file order.</summary>
public static class AssumptionRows
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "$schema", "name", "description", "base" };

    /// <summary>Every leaf field of <paramref name="scenario"/> with its value as text (invariant culture).</summary>
    public static IReadOnlyList<(string Path, string Value)> Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var root = JsonNode.Parse(ScenarioLoader.ToJson(scenario)) as JsonObject
            ?? throw new InvalidOperationException("a scenario serializes to a JSON object");
        var rows = new List<(string, string)>();
        foreach (var (name, node) in root)
        {
            if (!Skipped.Contains(name))
            {
                Walk(name, node, rows);
            }
        }

        return rows;
    }

    private static void Walk(string path, JsonNode? node, List<(string, string)> rows)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk($"{path}.{name}", child, rows);
                }

                break;
            case JsonArray array when array.Count == 0:
                rows.Add((path, "[]"));
                break;
            case JsonArray array when array.All(item => item is JsonValue):
                rows.Add((path, string.Join(", ", array.Select(item => Text(item!.AsValue())))));
                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    Walk($"{path}[{i}]", array[i], rows);
                }

                break;
            case JsonValue value:
                rows.Add((path, Text(value)));
                break;
            default:
                rows.Add((path, "null"));
                break;
        }
    }

    private static string Text(JsonValue value) => value.TryGetValue(out double number)
        ? number.ToString("G10", CultureInfo.InvariantCulture)
        : value.TryGetValue(out string? text) ? text : value.ToJsonString();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Economics.Model.Loading;

/// <summary>
/// Looks up a field's description and unit in the committed scenario schema (<see cref="ScenarioSchema.Json"/>) by JSON
/// path: what turns <c>token.pools[0].payout.tokens</c> into a unit for the report and the chart axes. Thread safe.
/// </summary>
public static partial class ScenarioFieldDocs
{
    private static readonly Lazy<JsonObject> Schema = new(() => (JsonObject)JsonNode.Parse(ScenarioSchema.Json)!, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The schema's entry for <paramref name="path"/>, or null when the path names no field. Inside a one-of
    /// (e.g. <c>payout</c>) the branch of <paramref name="kind"/> is used, else the first branch with the field.</summary>
    /// <param name="path">A JSON path, e.g. <c>cohorts[0].overheadUsdPerMonth</c>.</param>
    /// <param name="kind">A function giving the <c>kind</c> of the object at a path prefix (e.g. from the scenario
    /// document); null to take the first branch that has the field.</param>
    public static ScenarioFieldDoc? Of(string path, Func<string, string?>? kind = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!ScenarioPath.TryParse(path, out var parsed, out _))
        {
            return null;
        }

        JsonObject? node = Schema.Value;
        for (int i = 0; i < parsed.Segments.Count && node is not null; i++)
        {
            var segment = parsed.Segments[i];
            if (segment.Name is null)
            {
                node = node["items"] as JsonObject;
                continue;
            }

            node = Property(node, segment.Name, kind?.Invoke(parsed.Format(i)));
        }

        if (node?["description"] is not JsonValue d || d.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        string description = d.GetValue<string>();
        var unit = UnitPattern().Match(description);
        return new ScenarioFieldDoc(description, unit.Success ? Explanation().Replace(unit.Groups["unit"].Value, string.Empty).Trim() : null);
    }

    /// <summary>The unit of the field at <paramref name="path"/>, or null.</summary>
    public static string? UnitOf(string path) => Of(path)?.Unit;

    private static JsonObject? Property(JsonObject node, string name, string? kind)
    {
        if (node["properties"]?[name] is JsonObject direct)
        {
            return direct;
        }

        if (node["anyOf"] is not JsonArray branches)
        {
            return null;
        }

        var withField = branches.OfType<JsonObject>().Where(b => b["properties"]?[name] is JsonObject).ToList();
        var chosen = withField.FirstOrDefault(b => kind is not null && b["properties"]?["kind"]?["const"] is JsonValue c && c.GetValue<string>() == kind)
            ?? withField.FirstOrDefault();
        return chosen?["properties"]?[name] as JsonObject;
    }

    // "Unit: tokens/month." or "Unit: per year (0.1 = +10%/yr)." → the text before " (" and the closing full stop.
    [GeneratedRegex(@"Unit: (?<unit>.+?)\.(?=\s|$)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@" \([^)]*\)$")]
    private static partial Regex Explanation();
}

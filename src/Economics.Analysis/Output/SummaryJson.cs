using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Economics.Model.Results;

namespace Economics.Analysis.Output;

/// <summary><c>summary.json</c>: the answers of a run, camelCase, nulls kept (null = never / not applicable).</summary>
public static class SummaryJson
{
    /// <summary>Serializer options for result JSON files (invariant, indented, NaN never written: use null).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Key of the list of <c>--set</c> overrides the run was made with (after <c>scenario</c>).</summary>
    public const string OverridesKey = "overrides";

    /// <summary>The summary as JSON text (ends with a newline).</summary>
    public static string ToJson(SimulationSummary summary) => JsonSerializer.Serialize(summary, Options) + "\n";

    /// <summary>The summary as JSON text with <c>"overrides"</c>: the <c>path=value</c> overrides the run was made
    /// with, in the order given (an empty list for none), right after <c>"scenario"</c>.</summary>
    public static string ToJson(SimulationSummary summary, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var json = JsonSerializer.SerializeToNode(summary, Options)!.AsObject();
        json.Insert(1, OverridesKey, new JsonArray([.. overrides.Select(o => JsonValue.Create(o))]));
        return json.ToJsonString(Options) + "\n";
    }

    /// <summary>Writes <c>summary.json</c> atomically.</summary>
    public static void Write(SimulationSummary summary, string path) => AtomicFile.WriteAllText(path, ToJson(summary));

    /// <summary>Writes <c>summary.json</c> with the run's overrides (<see cref="ToJson(SimulationSummary, IReadOnlyList{string})"/>) atomically.</summary>
    public static void Write(SimulationSummary summary, IReadOnlyList<string> overrides, string path) =>
        AtomicFile.WriteAllText(path, ToJson(summary, overrides));
}

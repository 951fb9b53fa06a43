using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>The summary as JSON text (ends with a newline).</summary>
    public static string ToJson(SimulationSummary summary) => JsonSerializer.Serialize(summary, Options) + "\n";

    /// <summary>Writes <c>summary.json</c> atomically.</summary>
    public static void Write(SimulationSummary summary, string path) => AtomicFile.WriteAllText(path, ToJson(summary));
}

using System.Text.Json;
using Economics.Analysis.Output;
using Economics.Model.Results;

namespace Economics.Analysis.Comparison;

/// <summary>The numbers of a run's <c>summary.json</c> by key, read from the JSON the run writes (so a comparison has
/// exactly the file's answers, named as in the file, whatever the summary record holds).</summary>
internal static class SummaryAnswers
{
    /// <summary>Every number of the summary, in the file's order; a nested object's numbers as <c>key.name</c>; NaN for null.
    /// Text and arrays are skipped (the scenario name is the comparison's row).</summary>
    public static IReadOnlyDictionary<string, double> Read(SimulationSummary summary)
    {
        using var document = JsonDocument.Parse(SummaryJson.ToJson(summary));
        var answers = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(answers, string.Empty, document.RootElement);
        return answers;
    }

    private static void Add(Dictionary<string, double> answers, string prefix, JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            string key = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    answers[key] = property.Value.GetDouble();
                    break;
                case JsonValueKind.Null:
                    answers[key] = double.NaN;
                    break;
                case JsonValueKind.Object:
                    Add(answers, key + ".", property.Value);
                    break;
                default:
                    break;
            }
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Economics.Analysis.Parameters;
using Economics.Model.Loading;

namespace Economics.Analysis.Tests.Parameters;

/// <summary>Every number a shipped scenario holds, found by walking its JSON, is a field that sweeps, tornados,
/// break-even and uncertainty[] can vary: it resolves, the compiled setter agrees with the reflective one, and a value
/// out of range is a validation message, never an exception. (A get-only property that looked like a field failed as
/// "Expression must be writeable".)</summary>
public sealed class EveryNumericFieldTests
{
    public static TheoryData<string> Scenarios() => ["baseline", "viable-reference", "v1-gpu-world", "aws-outage", "subsidy-aware-pricing", "third-party-facilitator"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_number_in_the_scenario_is_a_field_that_can_be_varied(string name)
    {
        var scenario = ScenarioLoader.Load(ScenarioSource.Shipped(name)!);
        var paths = new List<string>();
        Walk(JsonNode.Parse(ScenarioLoader.ToJson(scenario))!, string.Empty, paths);
        Assert.True(paths.Count > 100, $"{paths.Count} numeric fields in {name}");

        var failures = new List<string>();
        foreach (string path in paths)
        {
            if (!ScenarioParameter.TryResolve(scenario, path, out var parameter, out string error))
            {
                failures.Add($"{path}: {error}");
                continue;
            }

            double doubled = parameter!.BaseValue * 2 + 1;
            var exception = Record.Exception(() =>
            {
                Assert.Equal(ScenarioLoader.ToJson(ScenarioFields.WithNumber(scenario, path, doubled)), ScenarioLoader.ToJson(parameter.With(scenario, doubled)));
                parameter.TryWith(scenario, 1e300, out _, out _);
                parameter.TryWith(scenario, -1e300, out _, out _);
            });
            if (exception is not null)
            {
                failures.Add($"{path}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static void Walk(JsonNode node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (child is not null && key != "$schema")
                    {
                        Walk(child, path.Length == 0 ? key : $"{path}.{key}", paths);
                    }
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        Walk(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), paths);
                    }
                }

                break;
            case JsonValue value when value.TryGetValue(out double _):
                paths.Add(path);
                break;
        }
    }
}

using System.Globalization;
using Economics.Model.Engine;
using Economics.Model.Loading;

namespace Economics.Model.Tests.Docs;

/// <summary>
/// The "Most influential estimates" table of docs/MODEL.md (between <c>&lt;!-- sensitivity:begin --&gt;</c> and
/// <c>&lt;!-- sensitivity:end --&gt;</c>) quotes summary answers of one-at-a-time <c>--set</c> changes to the baseline;
/// each line must still match a fresh run.
/// </summary>
public sealed class SensitivityTableTests
{
    private const double Relative = 1e-3;
    private const string Never = "never";

    [Fact]
    public void Sensitivity_numbers_match_fresh_runs()
    {
        // Given the table: first cell "baseline" or `path=value`, then one column per summary key
        var (header, rows) = MarkdownTable.Read(ModelDocFile.Read(), "sensitivity");
        var keys = header.Skip(1).Select(h => h.Trim('`')).ToArray();
        var properties = ModelDocGenerator.SummaryProperties()
            .ToDictionary(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);
        var unknown = keys.Where(k => !properties.ContainsKey(k)).ToList();
        Assert.True(unknown.Count == 0, "the sensitivity table heads columns that are not summary.json keys: " + string.Join(", ", unknown));
        Assert.True(rows.Count >= 5, $"the sensitivity table should have at least 5 lines; found {rows.Count}");

        // When each line is run as `econ run --set …` would run it
        var stale = new List<string>();
        foreach (var cells in rows)
        {
            var overrides = cells[0] == "baseline" ? [] : new[] { ScenarioOverride.Parse(cells[0].Trim('`')) };
            var summary = Simulation.Run(ScenarioLoader.Load(ScenarioSource.Baseline, overrides)).Summary;

            // Then every quoted answer agrees with the model's (null is written "never")
            for (int i = 0; i < keys.Length; i++)
            {
                object? value = properties[keys[i]].GetValue(summary);
                string quoted = cells[i + 1];
                bool ok = value is null
                    ? quoted == Never
                    : quoted != Never && MarkdownTable.Agrees(MarkdownTable.Number(quoted), Convert.ToDouble(value, CultureInfo.InvariantCulture), Relative);
                if (!ok)
                {
                    stale.Add(string.Create(CultureInfo.InvariantCulture, $"{cells[0]} {keys[i]}: doc {quoted}, model {value ?? Never}"));
                }
            }
        }

        Assert.True(stale.Count == 0, "docs/MODEL.md sensitivity table is stale; update it (and the prose under it):\n" + string.Join("\n", stale));
    }
}

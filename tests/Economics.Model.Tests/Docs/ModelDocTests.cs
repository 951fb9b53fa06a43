using Economics.Model.Engine;
using Economics.Model.Loading;
using Economics.Model.Results;
using Economics.Model.Scenarios;

namespace Economics.Model.Tests.Docs;

/// <summary>
/// docs/MODEL.md stays true to the code: its generated column/key tables equal what the code generates, every
/// column and nullable key has a documented "not applicable" meaning, and empty cells appear exactly where the doc
/// says they do.
/// </summary>
public sealed class ModelDocTests
{
    [Fact]
    public void Generated_section_matches_the_code()
    {
        // Given the doc and the section the code generates now
        string document = ModelDocFile.Read();
        string expected = ModelDocGenerator.Generate();

        // When asked to, rewrite it; otherwise the doc must already hold it
        if (ModelDocFile.UpdateRequested)
        {
            File.WriteAllText(ModelDocFile.FilePath, ModelDocGenerator.Replace(document, expected));
            return;
        }

        Assert.True(
            ModelDocGenerator.Extract(document) == expected,
            $"docs/MODEL.md: the section between {ModelDocGenerator.Begin} and {ModelDocGenerator.End} differs from what the code generates. Regenerate it with: {ModelDocFile.RegenerateCommand}");
    }

    [Fact]
    public void Generated_section_lists_every_column_and_key()
    {
        string section = ModelDocGenerator.Generate();
        foreach (var column in MonthlyColumns.All)
        {
            Assert.Contains($"| `{column.Name}` | {column.Unit} |", section, StringComparison.Ordinal);
        }

        Assert.Contains("| `survivingNodesByCohort` | nodes |", section, StringComparison.Ordinal);
        Assert.Contains("| `breakEvenFeeAtSubsidyEndUsd` | USD/inference | Fee at which operators break even without subsidy in the reference month. | nothing served in the reference month |", section, StringComparison.Ordinal);
        Assert.Contains("| `viabilityCliffMonth` | month index | First month the network is not viable (`viability`: served share, redundancy floor, trailing profit without subsidy or protocol-borne rails, and with validator cohorts enough validators covering their costs without staking payouts) after having been viable; null if never. |", section, StringComparison.Ordinal);
        Assert.Equal(ModelDocGenerator.SummaryProperties().Count, section.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal)) - MonthlyColumns.All.Count - 3);
    }

    [Fact]
    public void Column_notes_name_real_columns()
    {
        var names = MonthlyColumns.All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = ColumnNotes.ByColumn.Keys.Where(k => !names.Contains(k)).ToList();
        Assert.True(unknown.Count == 0, "ColumnNotes names columns monthly.csv does not have: " + string.Join(", ", unknown));
        Assert.All(MonthlyColumns.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Unit) || string.IsNullOrWhiteSpace(c.Description), c.Name));
    }

    [Fact]
    public void Null_notes_cover_exactly_the_nullable_summary_keys()
    {
        var nullable = ModelDocGenerator.SummaryProperties()
            .Where(ModelDocGenerator.IsNullable)
            .Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(nullable, SummaryNotes.NullMeaning.Keys.Order(StringComparer.Ordinal).ToList());
    }

    public static TheoryData<string, string[]> Variants() => new()
    {
        { "baseline", [] },
        { "no nodes", ["cohorts[0].initialNodes=0"] },
        { "no capacity", ["cohorts[0].capacityInferencesPerMonth=0"] },
        { "no demand", ["markets[0].demand.initialInferencesPerMonth=0", "markets[1].demand.initialInferencesPerMonth=0", "markets[2].demand.initialInferencesPerMonth=0"] },
        { "no demand, no subsidy", ["markets[0].demand.initialInferencesPerMonth=0", "markets[1].demand.initialInferencesPerMonth=0", "markets[2].demand.initialInferencesPerMonth=0", "token.pools[0].payout.tokens=0"] },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Empty_cells_appear_exactly_where_the_doc_says(string variant, string[] overrides)
    {
        // Given the baseline with some denominators driven to zero
        var scenario = overrides.Aggregate(ScenarioLoader.Baseline, Apply);
        var result = Simulation.Run(scenario);

        // Then every cell is NaN exactly when its documented condition holds, and a number otherwise
        foreach (var column in MonthlyColumns.All)
        {
            var when = ColumnNotes.For(column.Name);
            var values = column.Select(result);
            for (int t = 0; t < result.Months; t++)
            {
                bool empty = double.IsNaN(values[t]);
                Assert.True(
                    empty == ColumnNotes.Holds(when, result, t),
                    $"{variant}: {column.Name} month {t} is {values[t]}; the doc says it is empty when {ColumnNotes.Describe(when)}");
                Assert.True(empty || double.IsFinite(values[t]), $"{variant}: {column.Name} month {t} is {values[t]}");
            }
        }
    }

    [Fact]
    public void The_variants_exercise_every_condition()
    {
        // A condition that no variant makes true would let a wrong doc pass.
        var seen = new HashSet<NotApplicableWhen>();
        foreach (var row in Variants())
        {
            var result = Simulation.Run(((string[])row[1]).Aggregate(ScenarioLoader.Baseline, Apply));
            foreach (var when in Enum.GetValues<NotApplicableWhen>())
            {
                if (Enumerable.Range(0, result.Months).Any(t => ColumnNotes.Holds(when, result, t)))
                {
                    seen.Add(when);
                }
            }
        }

        Assert.Equal(Enum.GetValues<NotApplicableWhen>().Where(w => w != NotApplicableWhen.Never).Order(), seen.Order());
    }

    [Theory]
    // Baseline: never viable (no fee margin at zero markup), so no first viable month and no cliff; no markup covers
    // own costs and the rails the protocol bears.
    [InlineData("baseline", new[] { "viabilityCliffMonth", "firstViableMonth", "breakEvenMarkupFraction" })]
    [InlineData("no nodes", new[]
    {
        "viabilityCliffMonth", "firstViableMonth", "firstLossMonthWithoutSubsidy", "firstLossMonth", "survivingNodeShare", "peakSubsidyDependence",
        "peakSubsidyDependenceMonth", "endSubsidyDependence", "breakEvenFeeAtSubsidyEndUsd", "requiredFeeIncreaseFactor",
        "breakEvenFeeEndUsd", "peakAwsCapacityShare", "providerConcentrationIndex",
    })]
    public void Summary_nulls_follow_the_documented_meanings(string variant, string[] expectedNulls)
    {
        // Given a variant whose null keys follow from the doc's "null when" column (worked out by hand)
        var overrides = (string[])Variants().Single(row => (string)row[0] == variant)[1];
        var summary = Simulation.Run(overrides.Aggregate(ScenarioLoader.Baseline, Apply)).Summary;

        // Then exactly those keys are null
        var nulls = ModelDocGenerator.SummaryProperties()
            .Where(p => p.GetValue(summary) is null)
            .Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedNulls.Order(StringComparer.Ordinal), nulls);
    }

    private static Scenario Apply(Scenario scenario, string assignment)
    {
        int eq = assignment.IndexOf('=', StringComparison.Ordinal);
        return ScenarioFields.WithNumber(scenario, assignment[..eq], double.Parse(assignment[(eq + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}

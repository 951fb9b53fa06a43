using System.Text.Json;
using System.Text.Json.Nodes;
using Economics.Model.Loading;
using Economics.Model.Tests.Scenarios;

namespace Economics.Model.Tests.Loading;

/// <summary>
/// The committed <c>data/scenarios/scenario.schema.json</c> must equal a fresh generation from the records.
/// After changing a scenario record or its XML docs, regenerate it with
/// <c>ECON_UPDATE_SCHEMA=1 dotnet test tests/Economics.Model.Tests --filter ScenarioSchemaTests</c>
/// (the test then rewrites the file and passes), and commit the result.
/// </summary>
public sealed class ScenarioSchemaTests
{
    private const string UpdateVariable = "ECON_UPDATE_SCHEMA";

    private static readonly Lazy<string> Generated = new(ScenarioSchema.Generate);

    private static readonly Lazy<JsonObject> Schema = new(() => (JsonObject)JsonNode.Parse(Generated.Value)!);

    private static string CommittedPath => Path.Combine(RepoFiles.ScenariosDirectory, ScenarioSchema.FileName);

    [Fact]
    public void Committed_Schema_Equals_The_Generated_One()
    {
        string generated = Generated.Value;
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(CommittedPath, generated);
        }

        string committed = File.Exists(CommittedPath) ? File.ReadAllText(CommittedPath) : "(missing)";
        Assert.True(
            committed == generated,
            $"{CommittedPath} is out of date with the scenario records. Regenerate it with " +
            $"`{UpdateVariable}=1 dotnet test tests/Economics.Model.Tests --filter ScenarioSchemaTests` and commit it.");
    }

    [Fact]
    public void Generation_Is_Deterministic_With_Lf_Line_Ends()
    {
        string again = ScenarioSchema.Generate();
        Assert.Equal(Generated.Value, again);
        Assert.DoesNotContain('\r', again);
        Assert.EndsWith("}\n", again, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_Allows_Schema_And_Base_And_Rejects_Other_Fields()
    {
        var root = Schema.Value;
        var properties = root["properties"]!.AsObject();
        Assert.True(properties.ContainsKey("$schema"));
        Assert.True(properties.ContainsKey("base"));
        Assert.True(properties.ContainsKey("token"));
        Assert.False(properties.ContainsKey("emissions"));
        Assert.False(root["additionalProperties"]!.GetValue<bool>());
        Assert.Null(root["required"]);
    }

    [Fact]
    public void Fields_Carry_Units_And_Baseline_Defaults()
    {
        var horizon = Schema.Value["properties"]!["horizonMonths"]!;
        Assert.Contains("Unit: months", horizon["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(132, horizon["default"]!.GetValue<int>());

        var token = Schema.Value["properties"]!["token"]!;
        Assert.Equal(1e9, token["properties"]!["maxSupply"]!["default"]!.GetValue<double>());
        Assert.Contains("Unit: tokens", token["properties"]!["maxSupply"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_Kinds_Are_One_Branch_Each_With_A_Const_Kind()
    {
        var schedule = Schema.Value["properties"]!["token"]!["properties"]!["pools"]!["items"]!["properties"]!["payout"]!;
        var kinds = schedule["anyOf"]!.AsArray()
            .Select(b => b!["properties"]!["kind"]!["const"]!.GetValue<string>())
            .ToArray();
        Assert.Equal(["asVested", "tokensPerMonth", "usdPerMonth", "shareOfBalance"], kinds);

        var perMonth = schedule["anyOf"]!.AsArray().Single(b => b!["properties"]!["kind"]!["const"]!.GetValue<string>() == "tokensPerMonth")!;
        Assert.False(perMonth["additionalProperties"]!.GetValue<bool>());
        Assert.Contains("Unit: tokens/month", perMonth["properties"]!["tokens"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Enums_List_Their_Json_Names()
    {
        var paidIn = Schema.Value["properties"]!["fees"]!["properties"]!["paidIn"]!;
        var values = paidIn["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(["token", "stablecoin"], values);
    }

    [Fact]
    public void Every_Object_Forbids_Unknown_Fields()
    {
        var open = new List<string>();
        Walk(Schema.Value, "#");
        Assert.Empty(open);

        void Walk(JsonNode? node, string at)
        {
            if (node is JsonObject obj)
            {
                if (obj.ContainsKey("properties") && obj["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
                {
                    open.Add(at);
                }

                foreach (var (key, child) in obj)
                {
                    Walk(child, $"{at}/{key}");
                }
            }
            else if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{at}/{i}");
                }
            }
        }
    }

    [Fact]
    public void Every_Scenario_File_Conforms_To_The_Schema()
    {
        // What VS Code would flag: no file in data/scenarios may show a schema error.
        foreach (string path in Directory.GetFiles(RepoFiles.ScenariosDirectory, "*.json").Where(f => !f.EndsWith(ScenarioSchema.FileName, StringComparison.Ordinal)))
        {
            var document = JsonNode.Parse(File.ReadAllText(path), ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions);
            var errors = SchemaConformance.Errors(document, Schema.Value);
            Assert.True(errors.Count == 0, $"{Path.GetFileName(path)}:\n{string.Join("\n", errors)}");
        }
    }

    [Theory]
    [InlineData("""{ "horizonMonth": 60 }""", "$.horizonMonth: not allowed")]
    [InlineData("""{ "horizonMonths": "60" }""", "$.horizonMonths: String is not \"integer\"")]
    [InlineData("""{ "fees": { "paidIn": "euro" } }""", "$.fees.paidIn: \"euro\" is not one of")]
    [InlineData("""{ "token": { "price": { "kind": "gbm", "usd": 5 } } }""", "$.token.price: matches no branch")]
    [InlineData("""{ "cohorts": [ { "nam": "a" } ] }""", "$.cohorts[0].nam: not allowed")]
    public void Schema_Flags_What_The_Loader_Rejects(string json, string expected)
    {
        var errors = SchemaConformance.Errors(JsonNode.Parse(json), Schema.Value);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Embedded_Schema_Is_The_Committed_File()
    {
        Assert.Equal(File.ReadAllText(CommittedPath), ScenarioSchema.Json);
    }

    [Theory]
    [InlineData("baseline.json")]
    public void Scenario_Files_Declare_The_Schema(string file)
    {
        var files = Directory.GetFiles(RepoFiles.ScenariosDirectory, "*.json").Where(f => !f.EndsWith(ScenarioSchema.FileName, StringComparison.Ordinal)).ToArray();
        Assert.Contains(files, f => Path.GetFileName(f) == file);
        foreach (string path in files)
        {
            var node = JsonNode.Parse(File.ReadAllText(path), ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions)!.AsObject();
            Assert.True(node.First().Key == "$schema" && node["$schema"]!.GetValue<string>() == "./" + ScenarioSchema.FileName,
                $"{path} must start with \"$schema\": \"./{ScenarioSchema.FileName}\"");
        }
    }
}

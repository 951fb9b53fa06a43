using System.Text;
using Economics.Model.Loading;
using Economics.Model.Validation;

namespace Economics.Model.Tests.Validation;

/// <summary>
/// One case per loader and shape rule: unknown fields (with a suggestion), missing fields, wrong types, unknown
/// or missing <c>kind</c>, null, malformed JSON (line and column), size limits, and base-file problems.
/// </summary>
public sealed class ScenarioShapeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("econ-shape-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IReadOnlyList<ScenarioProblem> LoadJson(string json)
    {
        var result = ScenarioLoader.TryLoad(ScenarioSource.FromJson(json));
        Assert.False(result.IsValid, "expected problems");
        return result.Problems;
    }

    private IReadOnlyList<ScenarioProblem> LoadFile(string name)
    {
        var result = ScenarioLoader.TryLoad(ScenarioSource.FromFile(Path.Combine(_dir, name)));
        Assert.False(result.IsValid, "expected problems");
        return result.Problems;
    }

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(_dir, name), json);

    [Theory]
    [InlineData("""{ "horizonMonth": 60 }""", "horizonMonth", "is not a known field (did you mean 'horizonMonths'?)")]
    [InlineData("""{ "token": { "maxSuply": 5 } }""", "token.maxSuply", "did you mean 'maxSupply'?")]
    [InlineData("""{ "cohorts": [ { "name": "a", "provider": "p", "initialNodes": 1, "gpuHourlyUsd": 0, "gpusPerNode": 0, "overheadUsdPerMonth": 1, "capacityInferencesPerMonth": 1, "stakeTokenz": 1 } ] }""", "cohorts[0].stakeTokenz", "did you mean 'stakeTokens'?")]
    [InlineData("""{ "zzz": 1 }""", "zzz", "is not a known field; known fields here:")]
    public void Unknown_Field_Is_Reported_With_A_Suggestion(string json, string path, string message) =>
        ScenarioValidatorTests.AssertProblem(LoadJson(json), path, message);

    [Fact]
    public void Missing_Required_Field_Is_Reported() =>
        // A new kind replaces the base's object whole, so its fields must all be given.
        ScenarioValidatorTests.AssertProblem(
            LoadJson("""{ "token": { "pools": [ { "name": "a", "share": 0.1, "use": { "held": 1 }, "release": { "kind": "exponentialDecay", "pool": 5 } } ] } }"""),
            "token.pools[0].release.halfLifeMonths", "is missing; expected a number");

    [Theory]
    [InlineData("token.maxSupply=abc", "token.maxSupply", "is a string \"abc\"; expected a number")]
    [InlineData("horizonMonths=abc", "horizonMonths", "expected a whole number")]
    [InlineData("horizonMonths=1.5", "horizonMonths", "is a number 1.5; expected a whole number")]
    [InlineData("horizonMonths=1e2", "horizonMonths", "is a number 1e2; expected a whole number in digits (e.g. 24; no decimal point or exponent)")]
    [InlineData("token.symbol=5", "token.symbol", "is a number 5; expected a string")]
    [InlineData("cohorts=5", "cohorts", "is a number 5; expected an array")]
    [InlineData("token=[1]", "token", "is an array [1]; expected an object")]
    [InlineData("fees.paidIn=euro", "fees.paidIn", "is a string \"euro\"; expected one of: token, stablecoin")]
    [InlineData("token.maxSupply=null", "token.maxSupply", "is null; expected a number")]
    [InlineData("token.pools[0].payout.kind=nope", "token.pools[0].payout.kind", "is a string \"nope\"; expected one of: asVested, tokensPerMonth, usdPerMonth, shareOfBalance")]
    [InlineData("token.pools[0].release={\"tokensPerMonth\":5}", "token.pools[0].release.kind", "is missing; it selects the kind, one of: constant")]
    [InlineData("cohorts[9].name=x", "cohorts[9]", "index 9 is out of range; the array has 2 items")]
    [InlineData("token.symbol.x=1", "token.symbol", "is not an object, so it has no field 'x'")]
    public void Wrong_Type_From_An_Override_Names_The_Path(string setting, string path, string message) =>
        ScenarioValidatorTests.AssertProblem(ScenarioValidatorTests.Problems(setting), path, message);

    [Fact]
    public void Malformed_Json_Reports_Line_And_Column()
    {
        var problem = Assert.Single(LoadJson("{\n  \"horizonMonths\": 12,\n  oops\n}"));
        Assert.Equal("$", problem.Path);
        Assert.Contains("is not valid JSON at line 3, column 3", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    // What the parser says is wrong, in its first sentence; not its 0-based position or its internals.
    [InlineData("", "is not valid JSON at line 1, column 1: The input does not contain any JSON tokens.")]
    [InlineData("{ \"horizonMonths\": }", "is not valid JSON at line 1, column 20: '}' is an invalid start of a value.")]
    [InlineData("{ \"horizonMonths\": 12", "is not valid JSON at line 1, column 22: '2' is an invalid end of a number.")]
    [InlineData("{ \"horizonMonths\": 12 ", "is not valid JSON at line 1, column 23: Expected depth to be zero at the end of the JSON payload.")]
    public void Malformed_Json_Says_What_Is_Wrong_In_One_Sentence(string json, string expected)
    {
        var problem = Assert.Single(LoadJson(json));
        Assert.EndsWith(expected, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_Object_Document_Is_Reported() =>
        ScenarioValidatorTests.AssertProblem(LoadJson("[1, 2]"), "$", "holds an array [1,2]; a scenario is a JSON object");

    [Fact]
    public void Nesting_Deeper_Than_64_Is_Reported()
    {
        string json = "{ \"horizonMonths\": " + new string('[', 70) + new string(']', 70) + " }";
        var problem = Assert.Single(LoadJson(json));
        Assert.Equal("$", problem.Path);
        Assert.Contains("depth", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Table_Longer_Than_The_Limit_Is_Reported()
    {
        string table = string.Join(",", Enumerable.Repeat("1", ScenarioValidator.MaxTableLength + 1));
        var problems = LoadJson($$"""{ "chains": { "base": { "gasPriceGweiByMonth": [{{table}}] } } }""");
        ScenarioValidatorTests.AssertProblem(problems, "chains.base.gasPriceGweiByMonth", "has 100001 items; at most 100000 are allowed");
    }

    [Fact]
    public void List_Longer_Than_The_Limit_Is_Reported()
    {
        string pool = """{ "name": "u", "share": 0, "use": { "held": 1 } }""";
        string pools = string.Join(",", Enumerable.Repeat(pool, ScenarioValidator.MaxListLength + 1));
        ScenarioValidatorTests.AssertProblem(LoadJson($$"""{ "token": { "pools": [{{pools}}] } }"""), "token.pools", "has 1001 items; at most 1000 are allowed");
    }

    [Fact]
    public void Oversized_Text_Is_Refused_Before_Parsing()
    {
        string json = "{ \"description\": \"" + new string('x', ScenarioLoader.MaxScenarioChars) + "\" }";
        ScenarioValidatorTests.AssertProblem(LoadJson(json), "$", "a scenario may hold at most");
    }

    [Fact]
    public void Missing_Scenario_File_Is_Reported_At_The_Root()
    {
        var problem = Assert.Single(LoadFile("nothere.json"));
        Assert.Equal("$", problem.Path);
        Assert.Contains("file not found", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_Base_File_Is_Reported_At_Base()
    {
        Write("child.json", """{ "base": "missing.json" }""");
        var problem = Assert.Single(LoadFile("child.json"));
        Assert.Equal("base", problem.Path);
        Assert.Contains("file not found", problem.Message, StringComparison.Ordinal);
        Assert.Contains("missing.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_Base_File_Is_Reported_At_Base()
    {
        Write("child.json", """{ "base": "parent.json" }""");
        Write("parent.json", "{ \"horizonMonths\": }");
        var problem = Assert.Single(LoadFile("child.json"));
        Assert.Equal("base", problem.Path);
        Assert.Contains("parent.json is not valid JSON at line 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_Cycle_Is_Reported()
    {
        Write("a.json", """{ "base": "b.json" }""");
        Write("b.json", """{ "base": "a.json" }""");
        var problem = Assert.Single(LoadFile("a.json"));
        Assert.Equal("base", problem.Path);
        Assert.Contains("makes a cycle", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_Naming_Itself_Is_A_Cycle()
    {
        Write("self.json", """{ "base": "./self.json" }""");
        ScenarioValidatorTests.AssertProblem(LoadFile("self.json"), "base", "makes a cycle");
    }

    [Theory]
    [InlineData("5", "is a number 5; base names a shipped scenario")]
    [InlineData("\"\"", "or a .json scenario file by a path relative to this file")]
    [InlineData("\"sub/\"", "or a .json scenario file by a path relative to this file")]
    public void Base_That_Is_Not_A_Path_Is_Reported(string value, string message)
    {
        Write("child.json", $$"""{ "base": {{value}} }""");
        ScenarioValidatorTests.AssertProblem(LoadFile("child.json"), "base", message);
    }

    [Fact]
    public void Base_Chain_Extends_And_Overrides()
    {
        Write("parent.json", """{ "horizonMonths": 60, "name": "parent" }""");
        Write("child.json", """{ "base": "parent.json", "name": "child" }""");
        var result = ScenarioLoader.TryLoad(ScenarioSource.FromFile(Path.Combine(_dir, "child.json")));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(60, result.Scenario!.HorizonMonths);
        Assert.Equal("child", result.Scenario.Name);
    }

    [Fact]
    public void Non_Utf8_Bytes_Are_Reported()
    {
        File.WriteAllBytes(Path.Combine(_dir, "bad.json"), [.. Encoding.UTF8.GetBytes("{ \"name\": \""), 0xFF, .. Encoding.UTF8.GetBytes("\" }")]);
        var problem = Assert.Single(LoadFile("bad.json"));
        Assert.Equal("$", problem.Path);
        Assert.Contains("not valid UTF-8 text (bad byte at index 11)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Type_Error_Does_Not_Hide_The_Range_Errors_Of_Other_Fields()
    {
        // The review's file: the string horizon stands in at the baseline's 132 months, so the take rate is still checked.
        var problems = LoadJson("""{ "name": "b7", "fees": { "protocolTakeRate": 1.5 }, "horizonMonths": "x" }""");
        Assert.Equal(["horizonMonths", "fees.protocolTakeRate"], problems.Select(p => p.Path));
        Assert.Contains("is a string \"x\"; expected a whole number", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("is 1.5; it must be between 0 and 0.999999", problems[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    // A wrong-kind enum and an object where a number goes stand in too; an unknown field is still reported beside them.
    [InlineData("""{ "fees": { "paidIn": 3 }, "mev": { "operatorShare": 2 } }""", "fees.paidIn", "mev.operatorShare")]
    [InlineData("""{ "fees": { "protocolTakeRate": -1 }, "mev": { "extractionBps": { "bps": 5 } }, "oops": 1 }""", "mev.extractionBps", "fees.protocolTakeRate")]
    public void Wrong_Kind_Scalars_Stand_In_So_Range_Rules_Still_Run(string json, string typeError, string rangeError)
    {
        var paths = LoadJson(json).Select(p => p.Path).ToArray();
        Assert.Contains(typeError, paths);
        Assert.Contains(rangeError, paths);
    }

    [Fact]
    public void A_Rule_About_The_Field_That_Holds_A_Stand_In_Is_Left_Out()
    {
        // settlement.mix's shares must sum to 1: with the baseline's share standing in for "x" they would, or would not,
        // by accident; neither says anything about the file, so only the type error is reported.
        var problem = Assert.Single(LoadJson("""{ "settlement": { "mix": { "private": "x", "batchHashed": 0.5 } } }"""));
        Assert.Equal("settlement.mix.private", problem.Path);
    }

    [Fact]
    public void A_Rule_Above_The_Stand_In_That_Does_Not_Read_It_Is_Still_Reported()
    {
        // The pools' shares sum to 1.75 whatever pool 0's vesting is: the type error does not hide it.
        var problems = LoadWithSets("token.pools[0].vestingMonths=x", "token.pools[1].share=0.9");
        Assert.Equal(["token.pools[0].vestingMonths", "token.pools"], problems.Select(p => p.Path));
        Assert.Contains("shares sum to 1.75", problems[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    // A misspelt cohort kind stands in as the baseline's cohorts[1] kind (validator), whose rules would then fault the
    // cohort's markets and capacity: the problems in the same object are left out.
    [InlineData("cohorts[1].kind", "cohorts[1].kind=inferense", "cohorts[1].markets=[\"gpt_5\"]", "cohorts[1].capacityInferencesPerMonth=1000000")]
    // A rule elsewhere that names the field ("with horizonMonths 132 the horizon would end after 9999-12").
    [InlineData("horizonMonths", "horizonMonths=x", "startMonth=9995-01")]
    // A rule elsewhere that shows the stand-in's value (pool 1 named like the baseline's pool 0).
    [InlineData("token.pools[0].name", "token.pools[0].name=1", "token.pools[1].name=\"ecosystem\"")]
    public void A_Problem_That_May_Be_About_The_Stand_In_Is_Left_Out(string typeError, params string[] sets)
    {
        var problem = Assert.Single(LoadWithSets(sets));
        Assert.Equal(typeError, problem.Path);
    }

    private static IReadOnlyList<ScenarioProblem> LoadWithSets(params string[] sets)
    {
        var result = ScenarioLoader.TryLoad(ScenarioSource.Baseline, sets.Select(ScenarioOverride.Parse));
        Assert.False(result.IsValid, "expected problems");
        return result.Problems;
    }

    [Theory]
    // No stand-in where the baseline has no value at that place (a cohort it does not have), or where the shape is
    // wrong in another way (a missing field, a number where an object goes): only the shape problems, as before.
    [InlineData("""{ "fees": { "protocolTakeRate": 1.5 }, "cohorts": [ {}, {}, { "initialNodes": "x" } ] }""")]
    [InlineData("""{ "fees": { "protocolTakeRate": 1.5 }, "settlement": 5 }""")]
    [InlineData("""{ "fees": { "protocolTakeRate": 1.5, "policy": { "kind": "fixed" } } }""")]
    public void Other_Shape_Problems_Still_Come_Before_The_Range_Rules(string json) =>
        Assert.DoesNotContain(LoadJson(json), p => p.Path == "fees.protocolTakeRate");

    [Theory]
    // The key's path and both places (1-based line and column, as for any other parse error).
    [InlineData("{ \"horizonMonths\": 12, \"horizonMonths\": 24 }", "horizonMonths", "at line 1, column 3 and again at line 1, column 24")]
    [InlineData("{\n  \"token\": {\n    \"maxSupply\": 1,\n    // a comment\n    \"maxSupply\": 2,\n  },\n}", "token.maxSupply", "at line 3, column 5 and again at line 5, column 5")]
    [InlineData("{ \"cohorts\": [ { \"name\": \"a\" }, [1, {}], { \"kind\": \"gateway\", \"entry\": {}, \"kind\": \"x\" } ] }", "cohorts[2].kind", "column 44 and again at line 1, column 76")]
    [InlineData("{ \"events\": [ { \"a\": [ { \"b\": 1, \"b\": 2 } ] } ] }", "events[0].a[0].b", "again at line 1")]
    // Keys are case sensitive, as the format is: "name" and "Name" are two keys (the second is unknown).
    [InlineData("{ \"Name\": \"x\", \"name\": \"x\", \"name\": \"y\" }", "name", "column 16 and again at line 1, column 29")]
    public void Duplicate_Field_Is_Reported_At_Its_Path_And_Both_Places(string json, string path, string where)
    {
        var problem = Assert.Single(LoadJson(json));
        Assert.Equal(path, problem.Path);
        Assert.Contains("gives this key twice in one object", problem.Message, StringComparison.Ordinal);
        Assert.Contains(where, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_Field_In_A_Base_File_Is_Reported_At_Base_With_Its_Places()
    {
        Write("parent.json", "{\n  \"name\": \"p\",\n  \"name\": \"q\"\n}");
        Write("child.json", """{ "base": "parent.json" }""");
        var problem = Assert.Single(LoadFile("child.json"));
        Assert.Equal("base", problem.Path);
        Assert.Contains("gives a key twice in one object, at line 2, column 3 and again at line 3, column 3", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A key twice in a --set JSON value: its path under the override's, and both columns of the value (it used to be
    // read as a string and reported as "a string where an object goes").
    [InlineData("fees.policy={\"kind\":\"passThrough\",\"markupFraction\":0.1,\"markupFraction\":0.2}", "fees.policy.markupFraction: the value gives this key twice in one object, at column 23 and again at column 44 of the value; give each key once")]
    [InlineData("cohorts[0].markets=[{\"a\":{\"b\":1,\"b\":2}}]", "cohorts[0].markets[0].a.b: the value gives this key twice in one object, at column 8 and again at column 14 of the value")]
    [InlineData("token={\n\"maxSupply\": 1,\n\"maxSupply\": 2}", "token.maxSupply: the value gives this key twice in one object, at line 2, column 1 and again at line 3, column 1 of the value")]
    public void Duplicate_Key_In_An_Override_Value_Is_Refused_At_Its_Path(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => ScenarioOverride.Parse(text));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Override_Value_That_Is_Not_Json_Is_Still_Read_As_Text()
    {
        // Not JSON before any duplicate: a string, checked against the field's type as before.
        var o = ScenarioOverride.Parse("name={\"a\":1,\"a\"");
        Assert.Equal("{\"a\":1,\"a\"", o.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void Non_Finite_Literals_Are_Not_Json(string literal) =>
        ScenarioValidatorTests.AssertProblem(LoadJson($$"""{ "horizonMonths": {{literal}} }"""), "$", "is not valid JSON at line 1");

    [Theory]
    [InlineData(double.NaN, "is NaN")]
    [InlineData(double.PositiveInfinity, "is Infinity")]
    public void Non_Finite_Override_Built_In_Code_Is_Reported(double value, string message)
    {
        var result = ScenarioLoader.TryLoad(ScenarioSource.Baseline, [ScenarioOverride.Number("token.maxSupply", value)]);
        ScenarioValidatorTests.AssertProblem(result.Problems, "token.maxSupply", message, "finite");
    }

    [Fact]
    public void Non_Finite_Number_In_A_Document_Built_In_Code_Is_Reported()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(ScenarioLoader.BaselineJson, ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions)!.AsObject();
        document["horizonMonths"] = System.Text.Json.Nodes.JsonValue.Create(double.NaN);
        var result = ScenarioLoader.FromDocument(document);
        ScenarioValidatorTests.AssertProblem(result.Problems, "horizonMonths", "is NaN; expected a finite number");
    }

    [Fact]
    public void Number_Beyond_Double_Range_Is_Reported_At_Its_Path() =>
        ScenarioValidatorTests.AssertProblem(LoadJson("""{ "token": { "maxSupply": 1e400 } }"""), "token.maxSupply", "is Infinity; expected a finite number");
}

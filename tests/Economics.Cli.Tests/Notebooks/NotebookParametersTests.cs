using Economics.Cli.Notebooks;

namespace Economics.Cli.Tests.Notebooks;

public class NotebookParametersTests
{
    private const string Cell = "// parameters\nvar scenarioPath = \"../data/scenarios/baseline.json\";\nint month = 24;\ndouble rate = 0.5;\nstring[] overrides = [];\n";

    [Fact]
    public void Declarations_are_read_with_type_and_initializer()
    {
        var declared = NotebookParameters.Declarations(Cell);

        Assert.Equal(["scenarioPath", "month", "rate", "overrides"], declared.Keys);
        Assert.Equal(("var", "\"../data/scenarios/baseline.json\""), declared["scenarioPath"]);
        Assert.Equal(("int", "24"), declared["month"]);
        Assert.Equal(("string[]", "[]"), declared["overrides"]);
    }

    [Fact]
    public void A_declared_variable_is_assigned_and_a_json_path_is_appended_to_overrides()
    {
        bool ok = NotebookParameters.TryInject(Cell, [NotebookParameter.Parse("month=12"), NotebookParameter.Parse("token.pools[0].stopMonth=12"), NotebookParameter.Parse("scenarioPath=../data/scenarios/mev-heavy.json")], out string code, out string error);

        Assert.True(ok, error);
        Assert.Equal(
            "// injected-parameters: written by econ notebook run --set\n"
            + "month = 12;\n"
            + "overrides = [.. overrides, \"token.pools[0].stopMonth=12\"];\n"
            + "scenarioPath = \"../data/scenarios/mev-heavy.json\";\n",
            code);
    }

    [Fact]
    public void Declarations_over_several_lines_several_per_line_and_with_collection_expressions_are_read()
    {
        const string cell = "// parameters\nstring[] scenarioPaths =\n[\n    \"a.json\",\n    \"b.json\",\n];\ndouble solveLow = 0.001, solveHigh = 0.02;  // bracket\nvar metric = \"survivingNodes\"; int paths = 2000;\nstring[] overrides = [];\n";

        var declared = NotebookParameters.Declarations(cell);

        Assert.Equal(["scenarioPaths", "solveLow", "solveHigh", "metric", "paths", "overrides"], declared.Keys);
        Assert.Equal("double", declared["solveHigh"].Type);
        Assert.Equal("0.02", declared["solveHigh"].Initializer);
    }

    [Fact]
    public void Values_are_written_as_literals_of_the_declared_type()
    {
        const string cell = "// parameters\nstring[] scenarioPaths = [\"a.json\"];\ndouble solveLow = 0.001, solveHigh = 0.02;\nvar paths = 2000;\nvar on = true;\nstring[] overrides = [];\n";

        bool ok = NotebookParameters.TryInject(cell,
            [new("scenarioPaths", "x.json,y.json"), new("solveHigh", "3"), new("solveLow", "1e-4"), new("paths", "-5"), new("on", "False")],
            out string code, out string error);

        Assert.True(ok, error);
        Assert.Contains("scenarioPaths = [\"x.json\", \"y.json\"];\n", code, StringComparison.Ordinal);
        Assert.Contains("solveHigh = 3.0;\n", code, StringComparison.Ordinal);
        Assert.Contains("solveLow = 0.0001;\n", code, StringComparison.Ordinal);
        Assert.Contains("paths = -5;\n", code, StringComparison.Ordinal);
        Assert.Contains("on = false;\n", code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paths", "abc", "--set paths: 'abc' is not a whole number")]
    [InlineData("paths", "1.5", "--set paths: '1.5' is not a whole number")]
    [InlineData("paths", "99999999999", "--set paths: '99999999999' is not a whole number that fits in an int")]
    [InlineData("rate", "NaN", "--set rate: 'NaN' is not a finite double")]
    [InlineData("rate", "0,5", "--set rate: '0,5' is not a finite double")]
    [InlineData("on", "yes", "--set on: 'yes' is not true or false")]
    [InlineData("list", "[1, 2]", "--set list: '[1, 2]' is not a list of strings")]
    [InlineData("when", "2026-01-01", "--set when: it is a DateTime, which --set cannot set")]
    [InlineData("token..x", "1", "--set token..x: not a variable of the parameters cell, nor a scenario field")]
    public void A_value_that_is_not_of_the_declared_type_is_an_error_naming_the_parameter(string name, string value, string message)
    {
        const string cell = "// parameters\nint paths = 1;\ndouble rate = 0.5;\nbool on = true;\nstring[] list = [];\nDateTime when = DateTime.Now;\nstring[] overrides = [];\n";

        bool ok = NotebookParameters.TryInject(cell, [new(name, value)], out _, out string error);

        Assert.False(ok);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_cell_does_not_declare_goes_to_overrides_as_a_scenario_field()
    {
        bool ok = NotebookParameters.TryInject(Cell, [NotebookParameter.Parse("horizonMonths=60")], out string code, out _);

        Assert.True(ok);
        Assert.Contains("overrides = [.. overrides, \"horizonMonths=60\"];", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_overrides_list_an_unknown_name_is_an_error_listing_the_parameters()
    {
        bool ok = NotebookParameters.TryInject("// parameters\nint month = 24;\n", [NotebookParameter.Parse("token.pools[0].stopMonth=12")], out _, out string error);

        Assert.False(ok);
        Assert.Contains("token.pools[0].stopMonth", error, StringComparison.Ordinal);
        Assert.Contains("its parameters are: month", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a \"quoted\" C:\\path", "\"a \\\"quoted\\\" C:\\\\path\"")]
    [InlineData("line\nbreak", "\"line\\u000abreak\"")]
    [InlineData("para\u2028graph\u2029end\u0085", "\"para\\u2028graph\\u2029end\\u0085\"")]
    [InlineData("é", "\"\\u00e9\"")]
    public void String_literals_are_escaped(string value, string literal) =>
        Assert.Equal(literal, NotebookParameters.StringLiteral(value));

    [Theory]
    [InlineData("// parameters\nint x = 1;", true)]
    [InlineData("\n  // Parameters: the knobs\nint x = 1;", true)]
    [InlineData("int x = 1; // parameters", false)]
    [InlineData("var y = 2;", false)]
    public void The_parameters_cell_is_found_by_its_first_line(string contents, bool expected) =>
        Assert.Equal(expected, NotebookParameters.IsParametersCell(contents, []));

    [Fact]
    public void The_parameters_cell_is_found_by_its_tag() =>
        Assert.True(NotebookParameters.IsParametersCell("int x = 1;", ["parameters"]));

    [Theory]
    [InlineData("=1")]
    [InlineData("noequals")]
    [InlineData(" =x")]
    public void A_parameter_without_a_name_and_value_is_rejected_quoting_it(string text)
    {
        var e = Assert.Throws<FormatException>(() => NotebookParameter.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }
}

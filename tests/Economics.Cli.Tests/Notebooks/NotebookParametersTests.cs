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
        bool ok = NotebookParameters.TryInject(Cell, [NotebookParameter.Parse("month=12"), NotebookParameter.Parse("emissions.stopAtMonth=12"), NotebookParameter.Parse("scenarioPath=../data/scenarios/mev-heavy.json")], out string code, out string error);

        Assert.True(ok, error);
        Assert.Equal(
            "// injected-parameters: written by econ notebook run --set\n"
            + "month = 12;\n"
            + "overrides = [.. overrides, \"emissions.stopAtMonth=12\"];\n"
            + "scenarioPath = \"../data/scenarios/mev-heavy.json\";\n",
            code);
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
        bool ok = NotebookParameters.TryInject("// parameters\nint month = 24;\n", [NotebookParameter.Parse("emissions.stopAtMonth=12")], out _, out string error);

        Assert.False(ok);
        Assert.Contains("emissions.stopAtMonth", error, StringComparison.Ordinal);
        Assert.Contains("its parameters are: month", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a \"quoted\" C:\\path", "\"a \\\"quoted\\\" C:\\\\path\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
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

using CsCheck;
using Economics.Cli.Notebooks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Economics.Cli.Tests.Notebooks;

/// <summary>Parameters are injected as data, never as code (issue 15, item 1): whatever a <c>--set</c> value holds,
/// the injected cell is only <c>name = literal;</c> lines whose literal means exactly that value, or the value is
/// refused with a message naming the parameter.</summary>
public class NotebookInjectionTests
{
    private const string Cell = "// parameters\nvar scenarioPath = \"../data/scenarios/baseline.json\";\nint month = 24;\ndouble rate = 0.5, other = 1;\nstring[] scenarioPaths =\n[\n    \"a.json\",\n    \"b.json\",\n];\nstring[] overrides = [];\n";

    // Characters that break naive escaping: quotes, backslashes, every kind of line break, directives, comments,
    // interpolation and verbatim markers, statement ends.
    private static readonly Gen<string> Nasty = Gen.OneOf(
        Gen.String,
        Gen.Char["\"\\\n\r\t\u0085\u2028\u2029#!*/{}$@;()=,[].abc 0123456789"].Array[0, 40].Select(c => new string(c)),
        Gen.OneOf<string>("\"", "\"\"", "\"x\"; System.IO.File.WriteAllText(\"pwned.txt\",\"x\"); //\"", "24; System.IO.File.WriteAllText(\"pwned.txt\",\"x\")",
            "#!time", "\n#!set --name x --value 1", "*/ System.IO.File.WriteAllText(\"pwned.txt\",\"x\"); /*", "\u2028System.IO.File.WriteAllText(\"pwned.txt\",\"x\");",
            "@\"a\"\"b\"", "$\"{System.IO.File.WriteAllText(\"pwned.txt\",\"x\")}\"", "\\\"); System.Environment.Exit(3); //"));

    [Fact]
    public void A_value_with_code_in_it_for_a_number_is_refused_naming_the_parameter()
    {
        bool ok = NotebookParameters.TryInject(Cell, [NotebookParameter.Parse("month=24; System.IO.File.WriteAllText(\"pwned.txt\",\"x\")")], out _, out string error);

        Assert.False(ok);
        Assert.StartsWith("--set month: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_string_value_is_the_string_it_quotes_and_nothing_more()
    {
        bool ok = NotebookParameters.TryInject(Cell, [new NotebookParameter("scenarioPath", "\"a\" + System.IO.File.ReadAllText(\"x\") + \"b\"")], out string code, out _);

        Assert.True(ok);
        Assert.Equal(["\"a\" + System.IO.File.ReadAllText(\"x\") + \"b\""], InjectedValues(code));
    }

    [Fact]
    public void Any_string_value_or_scenario_override_is_injected_as_a_literal_of_exactly_that_value() =>
        Gen.Select(Nasty, Nasty, Gen.OneOf<string>("scenarioPath", "scenarioPaths", "month", "rate", "other", "token.pools[0].stopMonth", "cohorts[1].x"))
            .Sample((value, extra, name) =>
            {
                var parameters = new[] { new NotebookParameter(name, value), new NotebookParameter("scenarioPath", extra) };
                if (!NotebookParameters.TryInject(Cell, parameters, out string code, out string error))
                {
                    // Refused: for a typed parameter or a malformed scenario path, and the message names it.
                    Assert.StartsWith($"--set {name}: ", error, StringComparison.Ordinal);
                    return;
                }

                var values = InjectedValues(code);
                Assert.Equal(Unquoted(extra), values[^1]);
                if (name is "scenarioPath")
                {
                    Assert.Equal(Unquoted(value), values[0]);
                }
            }, iter: 2000);

    [Fact]
    public async Task Injected_cells_run_without_side_effects_and_set_exactly_the_values_given()
    {
        // Given many nasty values, each injected and run after the parameters cell in a C# script
        using var temp = new TempDirectory();
        string sentinel = temp.File("pwned.txt");
        var options = ScriptOptions.Default.WithImports("System");
        foreach (string value in SampleValues(60))
        {
            string nasty = value.Replace("pwned.txt", sentinel.Replace("\\", "\\\\", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.True(NotebookParameters.TryInject(Cell, [new NotebookParameter("scenarioPath", nasty), new NotebookParameter("token.pools[0].stopMonth", nasty)], out string code, out string error), error);

            // When the parameters cell and the injected cell run
            var state = await CSharpScript.RunAsync(Cell + "\n" + code + "\n(scenarioPath, overrides[^1])", options);

            // Then the variables hold the values and nothing else happened
            var (path, last) = ((string, string))state.ReturnValue!;
            Assert.Equal(Unquoted(nasty), path);
            Assert.Equal("token.pools[0].stopMonth=" + nasty, last);
            Assert.False(File.Exists(sentinel), $"injecting {code} wrote a file");
        }
    }

    private static List<string> SampleValues(int count)
    {
        var values = new List<string>();
        Nasty.Sample(v => values.Add(v), iter: count, threads: 1);
        return values;
    }

    private static string Unquoted(string value) =>
        value.Length >= 2 && (value[0] == '"' || value.StartsWith("@\"", StringComparison.Ordinal)) && value[^1] == '"' &&
        SyntaxFactory.ParseExpression(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } s && !s.ContainsDiagnostics && s.FullSpan.Length == value.Length
            ? s.Token.ValueText
            : value;

    // The injected cell must be a comment line, then only "name = literal;" or "overrides = [.. overrides, literal];"
    // statements, one per line, no directive; returns each literal's value (the strings of an array joined by \0).
    private static List<string> InjectedValues(string code)
    {
        var lines = code.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("// " + NotebookParameters.InjectedTag, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith('#'));
        Assert.All(code, c => Assert.True(c is '\n' || (c >= ' ' && c <= '~'), $"non-ASCII or control character U+{(int)c:X4} in the injected cell"));
        var root = CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script)).GetCompilationUnitRoot();
        Assert.Empty(root.GetDiagnostics());
        Assert.Equal(lines.Length - 1, root.Members.Count);
        var values = new List<string>();
        foreach (var member in root.Members)
        {
            var assignment = Assert.IsType<AssignmentExpressionSyntax>(Assert.IsType<ExpressionStatementSyntax>(Assert.IsType<GlobalStatementSyntax>(member).Statement).Expression);
            Assert.IsType<IdentifierNameSyntax>(assignment.Left);
            values.Add(assignment.Right switch
            {
                LiteralExpressionSyntax literal => literal.Token.ValueText,
                CollectionExpressionSyntax collection when collection.Elements.FirstOrDefault() is SpreadElementSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: NotebookParameters.OverridesVariable } }
                    => Assert.IsType<LiteralExpressionSyntax>(Assert.IsType<ExpressionElementSyntax>(Assert.Single(collection.Elements.Skip(1))).Expression).Token.ValueText,
                CollectionExpressionSyntax collection => string.Join('\0', collection.Elements.Select(e => Assert.IsType<LiteralExpressionSyntax>(Assert.IsType<ExpressionElementSyntax>(e).Expression).Token.ValueText)),
                PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax n } => "-" + n.Token.ValueText,
                var other => throw new Xunit.Sdk.XunitException($"not a literal: {other}"),
            });
        }

        return values;
    }
}

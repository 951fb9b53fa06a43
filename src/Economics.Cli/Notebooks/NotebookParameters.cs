using System.Globalization;
using System.Text;
using Economics.Model.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Economics.Cli.Notebooks;

/// <summary>
/// Finds a notebook's parameters cell and writes the cell injected after it (as papermill does for Jupyter).
/// </summary>
/// <remarks>
/// <para>The parameters cell is the first code cell whose first non-blank line is <c>// parameters</c> or whose cell
/// metadata carries the tag <c>parameters</c>. Its top-level variable declarations are the notebook's parameters,
/// in any form C# allows (<c>var x = 1;</c>, <c>double a = 1, b = 2;</c>, an initializer over several lines,
/// collection expressions); they are read with the C# parser, not by pattern.</para>
/// <para>Values are data, never code: each <c>--set</c> value is parsed as a value of the declared type (int, long,
/// double, float, decimal, bool, string, string[]) and written back as a C# literal made here; a value that is not
/// one is an error naming the parameter. The injected cell consists only of <c>name = literal;</c> lines, so the
/// notebook's own defaults stay visible in the executed notebook.</para>
/// </remarks>
public static class NotebookParameters
{
    /// <summary>The marker line that identifies the parameters cell.</summary>
    public const string Marker = "// parameters";

    /// <summary>The cell tag that identifies the parameters cell (papermill's convention).</summary>
    public const string Tag = "parameters";

    /// <summary>The tag and first line of the injected cell.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>The <c>string[]</c> variable of scenario overrides (<c>path=value</c>) that parameters with a JSON
    /// path are appended to.</summary>
    public const string OverridesVariable = "overrides";

    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Preview);

    /// <summary>Whether <paramref name="contents"/> (with its cell <paramref name="tags"/>) is a parameters cell.</summary>
    public static bool IsParametersCell(string contents, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Contains(Tag, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        string? first = contents.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return first is not null && first.StartsWith(Marker, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The variables a parameters cell declares at top level, by name, with their declared type (<c>var</c>
    /// when inferred) and initializer text (whitespace as written).</summary>
    public static IReadOnlyDictionary<string, (string Type, string Initializer)> Declarations(string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (name, type, initializer) in Declared(contents))
        {
            result[name] = (type.ToString(), initializer?.ToString() ?? string.Empty);
        }

        return result;
    }

    /// <summary>Writes the injected cell's code for <paramref name="parameters"/> against the declarations of
    /// <paramref name="parametersCell"/>.</summary>
    /// <returns>The code, or an error naming the parameter (and the notebook's variables, for an unknown one).</returns>
    public static bool TryInject(string parametersCell, IReadOnlyList<NotebookParameter> parameters, out string code, out string error)
    {
        ArgumentNullException.ThrowIfNull(parametersCell);
        ArgumentNullException.ThrowIfNull(parameters);
        var declared = Declared(parametersCell).ToDictionary(d => d.Name, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append("// ").Append(InjectedTag).Append(": written by econ notebook run --set\n");
        code = string.Empty;
        foreach (var p in parameters)
        {
            if (p.IsIdentifier && p.Name != OverridesVariable && declared.TryGetValue(p.Name, out var declaration))
            {
                if (!TryLiteral(declaration.Type, declaration.Initializer, p.Value, out string literal, out string problem))
                {
                    error = $"--set {p.Name}: {problem}";
                    return false;
                }

                text.Append(p.Name).Append(" = ").Append(literal).Append(";\n");
            }
            else if (declared.ContainsKey(OverridesVariable))
            {
                try
                {
                    _ = ScenarioOverride.Parse(p.ToString());
                }
                catch (FormatException e)
                {
                    error = $"--set {p.Name}: not a variable of the parameters cell, nor a scenario field: {e.Message}";
                    return false;
                }

                text.Append(OverridesVariable).Append(" = [.. ").Append(OverridesVariable).Append(", ")
                    .Append(StringLiteral(p.ToString())).Append("];\n");
            }
            else
            {
                error = $"--set {p.Name}: the parameters cell declares no variable '{p.Name}' and no '{OverridesVariable}' list for scenario paths; its parameters are: {string.Join(", ", declared.Keys)}";
                return false;
            }
        }

        code = text.ToString();
        error = string.Empty;
        return true;
    }

    /// <summary>A C# string literal of <paramref name="value"/>: printable ASCII as it is (with <c>"</c> and
    /// <c>\</c> escaped), every other character as <c>\uXXXX</c> — line breaks of any kind (including U+0085,
    /// U+2028, U+2029), controls and non-ASCII text — so the literal is one line of plain ASCII.</summary>
    public static string StringLiteral(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case >= ' ' and <= '~':
                    text.Append(c);
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>The C# literal for <paramref name="value"/> as a value of the parameter's type: <paramref name="type"/>
    /// as declared, or inferred from <paramref name="initializer"/> for <c>var</c>.</summary>
    internal static bool TryLiteral(TypeSyntax type, ExpressionSyntax? initializer, string value, out string literal, out string problem)
    {
        literal = string.Empty;
        string? kind = KindOf(type, initializer);
        switch (kind)
        {
            case "string":
                literal = StringLiteral(Unquote(value));
                break;
            case "string[]":
                if (!TryStrings(value, out var items))
                {
                    problem = $"'{value}' is not a list of strings; write a,b,c or [\"a\", \"b\"]";
                    return false;
                }

                literal = "[" + string.Join(", ", items.Select(StringLiteral)) + "]";
                break;
            case "bool":
                if (!bool.TryParse(value, out bool b))
                {
                    problem = $"'{value}' is not true or false";
                    return false;
                }

                literal = b ? "true" : "false";
                break;
            case "int" or "long" or "short" or "byte" or "sbyte" or "ushort" or "uint" or "ulong":
                if (!TryInteger(kind, value, out literal))
                {
                    problem = $"'{value}' is not a whole number that fits in {(kind == "int" ? "an" : "a")} {kind}";
                    return false;
                }

                break;
            case "double" or "float" or "decimal":
                if (!TryReal(kind, value, out literal))
                {
                    problem = $"'{value}' is not a finite {kind} (write a number with a '.' decimal point, e.g. 0.25)";
                    return false;
                }

                break;
            default:
                problem = kind is null
                    ? $"its type cannot be inferred from '{initializer}'; declare it with a type (int, double, bool, string, string[])"
                    : $"it is a {kind}, which --set cannot set; only int, long, double, float, decimal, bool, string and string[] parameters can be set";
                return false;
        }

        problem = string.Empty;
        return true;
    }

    private static IEnumerable<(string Name, TypeSyntax Type, ExpressionSyntax? Initializer)> Declared(string contents)
    {
        var root = CSharpSyntaxTree.ParseText(contents, Script).GetCompilationUnitRoot();
        foreach (var member in root.Members)
        {
            var declaration = member switch
            {
                FieldDeclarationSyntax field => field.Declaration,
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
                _ => null,
            };
            if (declaration is null)
            {
                continue;
            }

            foreach (var variable in declaration.Variables)
            {
                yield return (variable.Identifier.ValueText, declaration.Type, variable.Initializer?.Value);
            }
        }
    }

    // The parameter's type as a keyword ("int", "string[]", …), or null when var's initializer does not say.
    private static string? KindOf(TypeSyntax type, ExpressionSyntax? initializer)
    {
        if (!type.IsVar)
        {
            string written = type.ToString().Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('?');
            return written switch
            {
                "String" or "System.String" => "string",
                "string[]" or "String[]" or "IReadOnlyList<string>" or "IEnumerable<string>" or "List<string>" => "string[]",
                "Int32" or "System.Int32" => "int",
                "Double" or "System.Double" => "double",
                "Boolean" or "System.Boolean" => "bool",
                _ => written,
            };
        }

        return initializer switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => "string",
            InterpolatedStringExpressionSyntax => "string",
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } => "bool",
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } n => n.Token.Value switch
            {
                int => "int",
                long => "long",
                uint => "uint",
                ulong => "ulong",
                double => "double",
                float => "float",
                decimal => "decimal",
                _ => null,
            },
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: var operand } => KindOf(type, operand),
            _ => null,
        };
    }

    // A value typed as a C# string literal ("…" or @"…") means its contents; anything else is the text itself.
    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value.StartsWith("@\"", StringComparison.Ordinal)) && value[^1] == '"' &&
            SyntaxFactory.ParseExpression(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } s &&
            !s.ContainsDiagnostics && s.FullSpan.Length == value.Length)
        {
            return s.Token.ValueText;
        }

        return value;
    }

    private static bool TryStrings(string value, out List<string> items)
    {
        items = [];
        string trimmed = value.Trim();
        if (!trimmed.StartsWith('['))
        {
            items = trimmed.Length == 0 ? [] : [.. trimmed.Split(',').Select(s => Unquote(s.Trim()))];
            return true;
        }

        if (SyntaxFactory.ParseExpression(trimmed) is not CollectionExpressionSyntax collection || collection.ContainsDiagnostics ||
            collection.FullSpan.Length != trimmed.Length)
        {
            return false;
        }

        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } s })
            {
                return false;
            }

            items.Add(s.Token.ValueText);
        }

        return true;
    }

    private static bool TryInteger(string kind, string value, out string literal)
    {
        literal = string.Empty;
        if (!System.Numerics.BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        (System.Numerics.BigInteger min, System.Numerics.BigInteger max) = kind switch
        {
            "int" => ((System.Numerics.BigInteger)int.MinValue, (System.Numerics.BigInteger)int.MaxValue),
            "long" => (long.MinValue, long.MaxValue),
            "short" => (short.MinValue, short.MaxValue),
            "byte" => (byte.MinValue, byte.MaxValue),
            "sbyte" => (sbyte.MinValue, sbyte.MaxValue),
            "ushort" => (ushort.MinValue, ushort.MaxValue),
            "uint" => (uint.MinValue, uint.MaxValue),
            _ => (ulong.MinValue, (System.Numerics.BigInteger)ulong.MaxValue),
        };
        if (n < min || n > max)
        {
            return false;
        }

        // long.MinValue and ulong values need their suffix to stay in range as literals.
        literal = n.ToString(CultureInfo.InvariantCulture) + (kind switch { "long" => "L", "ulong" => "UL", "uint" => "U", _ => string.Empty });
        return true;
    }

    private static bool TryReal(string kind, string value, out string literal)
    {
        literal = string.Empty;
        const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (kind == "decimal")
        {
            if (!decimal.TryParse(value, Style, CultureInfo.InvariantCulture, out decimal m))
            {
                return false;
            }

            literal = m.ToString(CultureInfo.InvariantCulture) + "m";
            return true;
        }

        if (!double.TryParse(value, Style, CultureInfo.InvariantCulture, out double d) || !double.IsFinite(d) ||
            (kind == "float" && !float.IsFinite((float)d)))
        {
            return false;
        }

        // Round-trip digits; a whole number gets ".0" so the literal is a real literal (1E+20 already is one).
        string digits = kind == "float" ? ((float)d).ToString("R", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
        if (!digits.Contains('.', StringComparison.Ordinal) && !digits.Contains('E', StringComparison.Ordinal))
        {
            digits += ".0";
        }

        literal = digits + (kind == "float" ? "f" : string.Empty);
        return true;
    }
}

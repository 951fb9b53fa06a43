using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Economics.Cli.Notebooks;

/// <summary>
/// Finds a notebook's parameters cell and writes the cell injected after it (as papermill does for Jupyter).
/// </summary>
/// <remarks>
/// The parameters cell is the first code cell whose first non-blank line is <c>// parameters</c> or whose cell
/// metadata carries the tag <c>parameters</c>. Its top-level declarations (<c>type name = value;</c> or
/// <c>var name = value;</c>, one per line) are the notebook's parameters. The injected cell assigns new values
/// after them, so the notebook's own defaults stay visible in the executed notebook.
/// </remarks>
public static partial class NotebookParameters
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

    /// <summary>The variables a parameters cell declares, by name, with their declared type (<c>var</c> when
    /// inferred) and initializer text.</summary>
    public static IReadOnlyDictionary<string, (string Type, string Initializer)> Declarations(string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (Match m in DeclarationPattern().Matches(contents))
        {
            result[m.Groups["name"].Value] = (m.Groups["type"].Value.Trim(), m.Groups["init"].Value.Trim());
        }

        return result;
    }

    /// <summary>Writes the injected cell's code for <paramref name="parameters"/> against the declarations of
    /// <paramref name="parametersCell"/>.</summary>
    /// <returns>The code, or an error naming the parameter and the notebook's variables.</returns>
    public static bool TryInject(string parametersCell, IReadOnlyList<NotebookParameter> parameters, out string code, out string error)
    {
        ArgumentNullException.ThrowIfNull(parametersCell);
        ArgumentNullException.ThrowIfNull(parameters);
        var declared = Declarations(parametersCell);
        var text = new StringBuilder();
        text.Append("// ").Append(InjectedTag).Append(": written by econ notebook run --set\n");
        foreach (var p in parameters)
        {
            if (p.IsIdentifier && p.Name != OverridesVariable && declared.TryGetValue(p.Name, out var declaration))
            {
                text.Append(p.Name).Append(" = ").Append(Literal(declaration.Type, declaration.Initializer, p.Value)).Append(";\n");
            }
            else if (declared.ContainsKey(OverridesVariable))
            {
                text.Append(OverridesVariable).Append(" = [.. ").Append(OverridesVariable).Append(", ")
                    .Append(StringLiteral(p.ToString())).Append("];\n");
            }
            else
            {
                code = string.Empty;
                error = $"--set {p}: the parameters cell declares no variable '{p.Name}' and no '{OverridesVariable}' list for scenario paths; its parameters are: {string.Join(", ", declared.Keys)}";
                return false;
            }
        }

        code = text.ToString();
        error = string.Empty;
        return true;
    }

    /// <summary>A C# string literal (verbatim-safe escaping).</summary>
    public static string StringLiteral(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder("\"");
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static string Literal(string type, string initializer, string value)
    {
        bool isString = type is "string" or "string?" ||
            (type == "var" && (initializer.StartsWith('"') || initializer.StartsWith("@\"", StringComparison.Ordinal) || initializer.StartsWith("$\"", StringComparison.Ordinal)));
        if (isString && !(value.Length >= 2 && value[0] == '"' && value[^1] == '"'))
        {
            return StringLiteral(value);
        }

        // Numbers, booleans and other expressions are C# as written (invariant: a decimal point, not a comma).
        return value;
    }

    // A top-level declaration at the start of a line: "type name = initializer;" (generic and array types allowed).
    [GeneratedRegex(@"^[ \t]*(?<type>(?:var|[A-Za-z_][\w.]*(?:<[^=;\n]*>)?(?:\[\])*\??))[ \t]+(?<name>[A-Za-z_]\w*)[ \t]*=[ \t]*(?<init>[^;\n]*);", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();
}

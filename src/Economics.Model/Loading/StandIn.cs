using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economics.Model.Loading;

/// <summary>
/// The embedded baseline's value put in place of a scalar field of the wrong type (<c>"horizonMonths": "x"</c>), so
/// that the range rules can still run on the rest of the file; the type error itself is reported. A range problem
/// that may be about the stand-in rather than the file is left out (<see cref="MayBeAbout"/>).
/// </summary>
/// <param name="Path">JSON path of the field, as problems name paths (<c>token.pools[0].stopMonth</c>).</param>
/// <param name="Value">The stand-in value, as JSON.</param>
internal sealed record StandIn(string Path, JsonNode Value)
{
    /// <summary>The path of the object or list that holds the field (<c>token.pools[0]</c>; <c>$</c> at the top).</summary>
    public string ParentPath
    {
        get
        {
            int at = Math.Max(Path.LastIndexOf('.'), Path.LastIndexOf('['));
            return at <= 0 ? "$" : Path[..at];
        }
    }

    /// <summary>The field's own name (<c>stopMonth</c>), or its index text for a list element (<c>3</c>).</summary>
    public string Field
    {
        get
        {
            int at = Math.Max(Path.LastIndexOf('.'), Path.LastIndexOf('['));
            return Path[(at + 1)..].TrimEnd(']');
        }
    }

    /// <summary>A string stand-in's text, as a message would quote it (a name, an enum value); null for a number or a
    /// boolean, whose digits ("0", "1") turn up in unrelated messages.</summary>
    public string? TextValue => Value.GetValueKind() == JsonValueKind.String ? Value.GetValue<string>() : null;

    /// <summary>Whether <paramref name="problem"/> may be about the stand-in rather than the file, so it is left out
    /// (the user sees it, if it is real, once the type error is fixed). Leaving out too much only delays a problem;
    /// reporting one about a value the user never wrote misleads, so the test is broad: the problem is at the field or
    /// below it; or in the object that holds it (its siblings' rules can read it, e.g. a cohort's <c>kind</c> selects
    /// the rules of its <c>markets</c>; at the top level, the other top-level values); or its message names the field
    /// (<c>with horizonMonths 132</c>) or quotes a text stand-in (<c>'ecosystem', which an earlier pool uses</c>).</summary>
    public bool MayBeAbout(ScenarioProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        string parent = ParentPath;
        bool inParent = parent == "$" ? problem.Path.IndexOfAny(['.', '[']) < 0 : Within(problem.Path, parent);
        return Within(problem.Path, Path)
            || inParent
            || problem.Message.Contains(Field, StringComparison.Ordinal)
            || (TextValue is { Length: > 1 } text && problem.Message.Contains(text, StringComparison.Ordinal));
    }

    // Whether inner is outer or lies under it (settlement.mix.private under settlement.mix; pools[10] not under pools[1]).
    private static bool Within(string inner, string outer) =>
        inner == outer
        || (inner.StartsWith(outer, StringComparison.Ordinal) && inner.Length > outer.Length && inner[outer.Length] is '.' or '[');
}

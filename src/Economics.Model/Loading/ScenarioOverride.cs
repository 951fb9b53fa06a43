using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economics.Model.Loading;

/// <summary>
/// One <c>path=value</c> override (the CLI's <c>--set</c>, the notebook parameters cell), applied after the
/// base chain is merged and before validation. The value is read as JSON when it parses (numbers,
/// <c>true</c>, <c>null</c>, arrays, objects, quoted strings) and as a plain string otherwise; its type is then
/// checked against the field's, so <c>horizonMonths=abc</c> is reported at <c>horizonMonths</c>.
/// </summary>
/// <param name="Path">Where to write.</param>
/// <param name="Value">What to write.</param>
public sealed record ScenarioOverride(ScenarioPath Path, JsonNode? Value)
{
    /// <summary>The override as the user gave it, for messages (e.g. <c>--set no.such.path=1</c>); null: <c>override path=value</c>.</summary>
    public string? Text { get; init; }

    /// <summary>How messages name this override: <see cref="Text"/>, or <c>override path=value</c>.</summary>
    public string Described => Text ?? $"override {this}";

    /// <summary>Parses <c>path=value</c>.</summary>
    /// <exception cref="FormatException">No '=', a bad path, or a JSON value that gives one key twice in one object
    /// (the message names the key's path under the override's and both places); the message names the text.</exception>
    public static ScenarioOverride Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"'{text}' is not an override; write path=value, e.g. token.pools[0].stopMonth=24");
        }

        if (!ScenarioPath.TryParse(text[..equals].Trim(), out var path, out var error))
        {
            throw new FormatException(error);
        }

        return new ScenarioOverride(path, ParseValue(path, text[(equals + 1)..].Trim()));
    }

    /// <summary>An override that sets a number.</summary>
    public static ScenarioOverride Number(string path, double value) =>
        new(ScenarioPath.Parse(path), JsonValue.Create(value));

    /// <summary>The override as <c>path=value</c>.</summary>
    public override string ToString() =>
        Value is JsonValue v && v.TryGetValue(out double d) && !double.IsFinite(d)
            ? $"{Path}={d.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : $"{Path}={Value?.ToJsonString() ?? "null"}";

    // JSON when it parses, else the text as a string; a JSON object that gives a key twice is refused, not read as
    // a string (which would be reported as "a string where an object goes", hiding the real mistake).
    private static JsonNode? ParseValue(ScenarioPath path, string text)
    {
        try
        {
            return JsonNode.Parse(text, ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions);
        }
        catch (JsonException e) when (e.LineNumber is null && DuplicateKey.Find(text, ScenarioJson.DocumentOptions) is { } duplicate)
        {
            string where = duplicate.First.Line == 1 && duplicate.Again.Line == 1
                ? $"at column {duplicate.First.Column} and again at column {duplicate.Again.Column} of the value"
                : $"at {duplicate.Where} of the value";
            throw new FormatException($"{Under(path, duplicate.Path)}: the value gives this key twice in one object, {where}; give each key once");
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    // A path inside the value ("$[0].kind", "markupFraction") as a path under the override's own.
    private static string Under(ScenarioPath path, string inner) =>
        inner.StartsWith('$') ? path + inner[1..] : $"{path}.{inner}";

    /// <summary>Writes the value into <paramref name="root"/>; reports a path that cannot be followed.</summary>
    /// <returns>The path of the first field the override created (it did not exist before), or null.</returns>
    internal string? ApplyTo(JsonObject root, List<ScenarioProblem> problems)
    {
        if (Path.Segments[0].Name is "base" or "$schema")
        {
            problems.Add(new ScenarioProblem(Path.Format(1), $"cannot be set by an override ({Described}): it is read from the scenario file before overrides apply; set it in the file"));
            return null;
        }

        int before = problems.Count;
        JsonText.CheckStrings(Value, Path.ToString(), problems);
        if (problems.Count > before)
        {
            return null;
        }

        string? created = null;
        // A value built in code (e.g. Number(path, double.NaN)) can hold what JSON cannot: report, never throw.
        if (Value is JsonValue v && v.TryGetValue(out double d) && !double.IsFinite(d))
        {
            problems.Add(new ScenarioProblem(Path.ToString(), $"is {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it must be a finite number ({Described})"));
            return null;
        }

        JsonNode current = root;
        var segments = Path.Segments;
        for (int i = 0; i < segments.Count; i++)
        {
            bool last = i == segments.Count - 1;
            var segment = segments[i];
            if (segment.Name is { } name)
            {
                if (current is not JsonObject obj)
                {
                    problems.Add(new ScenarioProblem(Path.Format(i), $"is not an object, so it has no field {Validation.QuotedText.Of(name)} ({Described})"));
                    return null;
                }

                if (!obj.ContainsKey(name))
                {
                    created ??= Path.Format(i + 1);
                }

                if (last)
                {
                    obj[name] = Value?.DeepClone();
                    return created;
                }

                if (obj[name] is not { } next)
                {
                    next = segments[i + 1].Name is null ? new JsonArray() : new JsonObject();
                    obj[name] = next;
                }

                current = next;
            }
            else
            {
                if (current is not JsonArray array)
                {
                    problems.Add(new ScenarioProblem(Path.Format(i), $"is not an array, so it has no item [{segment.Index}] ({Described})"));
                    return null;
                }

                if (segment.Index >= array.Count)
                {
                    problems.Add(new ScenarioProblem(Path.Format(i + 1), $"index {segment.Index} is out of range; the array has {array.Count} {(array.Count == 1 ? "item" : "items")} ({Described})"));
                    return null;
                }

                if (last)
                {
                    array[segment.Index] = Value?.DeepClone();
                    return created;
                }

                if (array[segment.Index] is not { } item)
                {
                    problems.Add(new ScenarioProblem(Path.Format(i + 1), $"is null, so it has nothing to override ({Described})"));
                    return null;
                }

                current = item;
            }
        }

        return created;
    }
}

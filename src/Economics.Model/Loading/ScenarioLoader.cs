using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Economics.Model.Scenarios;
using Economics.Model.Validation;

namespace Economics.Model.Loading;

/// <summary>
/// Loads scenarios: reads JSON (comments and trailing commas allowed), merges it over its base chain and the
/// embedded baseline, applies <c>path=value</c> overrides, checks the shape (unknown fields are errors) and the
/// ranges, and returns an immutable <see cref="Scenario"/> — or every problem at once, each with its JSON path.
/// </summary>
/// <remarks>The order of layers, later winning: embedded baseline ← <c>base</c> chain (outermost first) ← the
/// file ← overrides. Thread safe.</remarks>
public static class ScenarioLoader
{
    private const string BaselineResource = "Economics.Model.baseline.json";
    private const int MaxBaseDepth = 32;
    private const int MaxPathLength = 4096;

    /// <summary>Largest scenario text accepted. Unit: characters (16 Mi): far above any hand-written or
    /// generated scenario (a 100,000-month table is about 1 Mi), small enough to refuse runaway input.</summary>
    public const int MaxScenarioChars = 16 * 1024 * 1024;

    /// <summary>The embedded baseline scenario's JSON text (also <c>data/scenarios/baseline.json</c>).</summary>
    public static string BaselineJson { get; } = ReadBaselineResource();

    /// <summary>The baseline scenario, validated.</summary>
    public static Scenario Baseline => Load(ScenarioSource.Baseline);

    /// <summary>Loads a scenario file. Throws <see cref="InvalidScenarioException"/> listing every problem.</summary>
    /// <param name="path">Path of a scenario JSON file.</param>
    /// <param name="overrides">Overrides applied after merging, in order.</param>
    public static Scenario LoadFile(string path, IEnumerable<ScenarioOverride>? overrides = null) =>
        Load(ScenarioSource.FromFile(path), overrides);

    /// <summary>Loads a scenario from a source. Throws <see cref="InvalidScenarioException"/> listing every problem.</summary>
    public static Scenario Load(ScenarioSource source, IEnumerable<ScenarioOverride>? overrides = null)
    {
        var result = TryLoad(source, overrides);
        return result.Scenario ?? throw new InvalidScenarioException(result.Problems);
    }

    /// <summary>Loads a scenario; never throws for bad input: problems are returned, each with its JSON path.</summary>
    public static ScenarioLoadResult TryLoad(ScenarioSource source, IEnumerable<ScenarioOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<ScenarioProblem>();
        var merged = TryMerge(source, problems);
        if (merged is null)
        {
            return new ScenarioLoadResult(null, problems);
        }

        var created = new List<(string Path, ScenarioOverride Override)>();
        foreach (var o in overrides ?? [])
        {
            if (o.ApplyTo(merged, problems) is { } path)
            {
                created.Add((path, o));
            }
        }

        if (problems.Count > 0)
        {
            return new ScenarioLoadResult(null, problems);
        }

        var result = FromDocument(merged);
        return created.Count == 0 || result.Scenario is not null ? result : new ScenarioLoadResult(null, NameOverrides(result.Problems, created));
    }

    // An unknown field that an override created is reported with the override as typed: "no: is not a known field, so
    // --set no.such.path=1 cannot be applied; known fields here: …".
    private static List<ScenarioProblem> NameOverrides(IReadOnlyList<ScenarioProblem> problems, List<(string Path, ScenarioOverride Override)> created)
    {
        const string Unknown = "is not a known field";
        return problems.Select(p =>
        {
            var match = created.FirstOrDefault(c => c.Path == p.Path);
            return match.Override is null || !p.Message.StartsWith(Unknown, StringComparison.Ordinal)
                ? p
                : p with { Message = $"{Unknown} (the segment '{p.Path.Split('.', '[')[^1]}' of {match.Override.Described}), so the override cannot be applied{p.Message[Unknown.Length..]}" };
        }).ToList();
    }

    /// <summary>The merged document (baseline ← base chain ← source ← overrides) before validation, or null
    /// with problems. Used by analyses that vary fields by JSON path.</summary>
    public static JsonObject? TryMerge(ScenarioSource source, List<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        var layers = new List<JsonObject>();
        if (!CollectLayers(source, layers, [], problems))
        {
            return null;
        }

        JsonNode? merged = ParseObject(BaselineJson, "baseline.json (embedded)", "$", problems);
        foreach (var layer in layers)
        {
            merged = JsonMerge.Merge(merged, layer);
        }

        var result = merged as JsonObject;
        result?.Remove("base");
        return result;
    }

    /// <summary>Checks shape and ranges of a merged document and builds the scenario.</summary>
    public static ScenarioLoadResult FromDocument(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<ScenarioProblem>();
        // Unknown fields are reported and set aside, and a scalar of the wrong kind (horizonMonths: "x") is reported
        // and stands in at the embedded baseline's value (on a copy), so that the range rules still run and every
        // problem is reported at once. Any other shape problem stops here, as the records cannot be built.
        document = (JsonObject)document.DeepClone();
        if (!JsonShapeChecker.CheckAndRepair(document, typeof(Scenario), ScenarioJson.Options, problems, ParseBaseline, out var replaced))
        {
            return new ScenarioLoadResult(null, problems);
        }

        Scenario? scenario;
        try
        {
            scenario = document.Deserialize<Scenario>(ScenarioJson.Options);
        }
        catch (JsonException e)
        {
            // The shape check mirrors the serializer; this is a safety net, reported like any other problem.
            problems.Add(new ScenarioProblem(e.Path ?? "$", e.Message));
            return new ScenarioLoadResult(null, problems);
        }

        if (scenario is null)
        {
            problems.Add(new ScenarioProblem("$", "is null; expected a scenario object"));
            return new ScenarioLoadResult(null, problems);
        }

        // A range problem that may be about a stand-in, not the file, is left out (StandIn.MayBeAbout).
        problems.AddRange(ScenarioValidator.Validate(scenario).Where(p => !replaced.Any(r => r.MayBeAbout(p))));
        return problems.Count > 0 ? new ScenarioLoadResult(null, problems) : new ScenarioLoadResult(scenario, problems);
    }

    // The embedded baseline as a document (valid by construction; its own tests load it).
    private static JsonNode? ParseBaseline() => JsonNode.Parse(BaselineJson, ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions);

    /// <summary>Serializes a scenario to the JSON format it was read from.</summary>
    public static string ToJson(Scenario scenario) => JsonSerializer.Serialize(scenario, ScenarioJson.Options);

    /// <summary>The text of each layer of <paramref name="source"/> above the embedded baseline: its <c>base</c>
    /// chain outermost first, then the source itself (empty for the baseline). Stops at the first layer that cannot
    /// be read or parsed (loading reports why).</summary>
    public static IReadOnlyList<string> LayerTexts(ScenarioSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var texts = new List<string>();
        CollectLayers(source, [], [], [], texts);
        return texts;
    }

    private static bool CollectLayers(ScenarioSource source, List<JsonObject> layers, List<string> chain, List<ScenarioProblem> problems,
        List<string>? texts = null)
    {
        if (source.IsBaseline)
        {
            return true;
        }

        // Read errors of the scenario itself belong to the document ($); those of a file named by `base` to
        // the field that named it.
        string? text = source.ReadText(problems, chain.Count == 0 ? "$" : "base");
        if (text is null)
        {
            return false;
        }

        var layer = ParseObject(text, source.DisplayName, chain.Count == 0 ? "$" : "base", problems);
        if (layer is null)
        {
            return false;
        }

        if (layer.TryGetPropertyValue("base", out var baseNode) && baseNode is not null)
        {
            if (baseNode.GetValueKind() != JsonValueKind.String)
            {
                problems.Add(new ScenarioProblem("base", $"is {JsonShapeChecker.Show(baseNode)}; {BaseHint}"));
                return false;
            }

            string basePath = baseNode.GetValue<string>();
            ScenarioSource baseSource;
            if (ShippedScenarios.IsName(basePath))
            {
                if (ScenarioSource.Shipped(basePath) is not { } shipped)
                {
                    problems.Add(new ScenarioProblem("base", $"'{basePath}' is not a shipped scenario (those are: {string.Join(", ", ShippedScenarios.Names)}); a file is named by a relative path ending in .json, e.g. \"./my-base.json\""));
                    return false;
                }

                if (shipped.IsBaseline)
                {
                    // The embedded baseline is the bottom layer of every scenario already.
                    layers.Add(layer);
                    texts?.Add(text);
                    return true;
                }

                baseSource = shipped;
            }
            else if (!IsUsableFilePath(basePath))
            {
                problems.Add(new ScenarioProblem("base", $"is {JsonShapeChecker.Show(baseNode)}; {BaseHint}"));
                return false;
            }
            else if (Path.IsPathRooted(basePath))
            {
                problems.Add(new ScenarioProblem("base", $"'{basePath}' is an absolute path; {BaseHint}"));
                return false;
            }
            else if (!basePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ScenarioProblem("base", $"'{basePath}' is not a .json file; {BaseHint}"));
                return false;
            }
            else if (source.Directory is null)
            {
                problems.Add(new ScenarioProblem("base", $"'{basePath}' is a file path, but {source.DisplayName} is not in a folder; name a shipped scenario instead (one of: {string.Join(", ", ShippedScenarios.Names)})"));
                return false;
            }
            else
            {
                baseSource = source.Resolve(basePath);
                if (!File.Exists(baseSource.FilePath) && ShippedScenarios.IsName(Path.GetFileNameWithoutExtension(basePath))
                    && ShippedScenarios.Json(Path.GetFileNameWithoutExtension(basePath)) is not null)
                {
                    problems.Add(new ScenarioProblem("base", $"file not found: {baseSource.DisplayName}; to extend the shipped scenario write \"base\": \"{Path.GetFileNameWithoutExtension(basePath)}\" (works from any folder)"));
                    return false;
                }
            }

            string key = baseSource.Identity;
            if (source.Identity == key || chain.Contains(key, StringComparer.Ordinal))
            {
                problems.Add(new ScenarioProblem("base", $"'{baseNode.GetValue<string>()}' makes a cycle: {string.Join(" → ", chain.Append(source.DisplayName).Append(baseSource.DisplayName))}"));
                return false;
            }

            if (chain.Count >= MaxBaseDepth)
            {
                problems.Add(new ScenarioProblem("base", $"the chain of base scenarios is deeper than {MaxBaseDepth}"));
                return false;
            }

            chain.Add(source.Identity);
            if (!CollectLayers(baseSource, layers, chain, problems, texts))
            {
                return false;
            }
        }

        layers.Add(layer);
        texts?.Add(text);
        return true;
    }

    private const string BaseHint =
        "base names a shipped scenario (e.g. \"baseline\", \"fast-vesting\") or a .json scenario file by a path relative to this file (e.g. \"../shared/common.json\")";

    private static bool IsUsableFilePath(string path) =>
        !string.IsNullOrWhiteSpace(path) && path.IndexOfAny(Path.GetInvalidPathChars()) < 0 && path.Length <= MaxPathLength
        && !path.EndsWith('/') && !path.EndsWith('\\');

    private static JsonObject? ParseObject(string text, string displayName, string problemPath, List<ScenarioProblem> problems)
    {
        if (text.Length > MaxScenarioChars)
        {
            problems.Add(new ScenarioProblem(problemPath, $"{displayName} holds {text.Length} characters; a scenario may hold at most {MaxScenarioChars}"));
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, ScenarioJson.NodeOptions, ScenarioJson.DocumentOptions);
        }
        catch (JsonException e) when (e.LineNumber is null && DuplicateKey.Find(text, ScenarioJson.DocumentOptions) is { } duplicate)
        {
            // The parser refuses a repeated key without saying where: name the key's path and both places.
            problems.Add(problemPath == "$"
                ? new ScenarioProblem(duplicate.Path, $"{displayName} gives this key twice in one object, at {duplicate.Where}; give each key once")
                : new ScenarioProblem(problemPath, $"{displayName} gives a key twice in one object, at {duplicate.Where}"));
            return null;
        }
        catch (JsonException e)
        {
            string where = JsonErrorText.Where(e);
            // A file named by `base` is not echoed (its first character, a key or a string could be someone's secret).
            problems.Add(new ScenarioProblem(problemPath, problemPath == "$"
                ? $"{displayName} is not valid JSON at {where}: {JsonErrorText.FirstSentence(e.Message)}"
                : $"{displayName} is not valid JSON at {where}"));
            return null;
        }

        if (node is not JsonObject obj)
        {
            problems.Add(new ScenarioProblem(problemPath, problemPath == "$"
                ? $"{displayName} holds {JsonShapeChecker.Show(node)}; a scenario is a JSON object"
                : $"{displayName} does not hold a JSON object; a scenario is a JSON object"));
            return null;
        }

        int before = problems.Count;
        JsonText.CheckStrings(obj, "$", problems);
        return problems.Count == before ? obj : null;
    }

    private static string ReadBaselineResource()
    {
        using var stream = typeof(ScenarioLoader).Assembly.GetManifestResourceStream(BaselineResource)
            ?? throw new InvalidOperationException($"The embedded resource {BaselineResource} is missing from {typeof(ScenarioLoader).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

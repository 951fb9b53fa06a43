using System.Text;

namespace Economics.Model.Loading;

/// <summary>Where a scenario's JSON comes from: a file, a string (e.g. a notebook cell), or the embedded baseline.</summary>
public sealed class ScenarioSource
{
    private readonly string? _text;

    private ScenarioSource(string displayName, string? filePath, string? text, bool isBaseline, string? directory)
    {
        DisplayName = displayName;
        FilePath = filePath;
        _text = text;
        IsBaseline = isBaseline;
        Directory = directory;
    }

    /// <summary>The embedded baseline scenario.</summary>
    public static ScenarioSource Baseline { get; } = new("baseline (embedded)", null, null, isBaseline: true, directory: null);

    /// <summary>Name used in messages.</summary>
    public string DisplayName { get; }

    /// <summary>The full file path, for file sources.</summary>
    public string? FilePath { get; }

    /// <summary>Whether this is the embedded baseline.</summary>
    public bool IsBaseline { get; }

    /// <summary>Folder against which a relative <c>base</c> path resolves.</summary>
    public string? Directory { get; }

    internal string Identity => FilePath ?? (IsBaseline ? "<baseline>" : DisplayName);

    /// <summary>A scenario file. A <c>base</c> inside it resolves relative to its folder.</summary>
    public static ScenarioSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        return new ScenarioSource(path, full, null, isBaseline: false, Path.GetDirectoryName(full));
    }

    /// <summary>Scenario JSON held in memory. A <c>base</c> inside it resolves relative to <paramref name="baseDirectory"/>
    /// (default: the current directory).</summary>
    public static ScenarioSource FromJson(string json, string displayName = "scenario", string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ScenarioSource(displayName, null, json, isBaseline: false, baseDirectory ?? System.IO.Directory.GetCurrentDirectory());
    }

    internal ScenarioSource Resolve(string relativePath) =>
        FromFile(Path.Combine(Directory ?? System.IO.Directory.GetCurrentDirectory(), relativePath));

    /// <param name="problems">Where read errors go.</param>
    /// <param name="problemPath">The JSON path read errors are reported at: <c>$</c> for the scenario itself,
    /// <c>base</c> for a file named by a <c>base</c> field.</param>
    internal string? ReadText(List<ScenarioProblem> problems, string problemPath)
    {
        if (_text is not null)
        {
            return _text;
        }

        try
        {
            long length = new FileInfo(FilePath!).Length;
            if (length > ScenarioLoader.MaxScenarioChars)
            {
                problems.Add(new ScenarioProblem(problemPath, $"{DisplayName} is {length} bytes; a scenario file may hold at most {ScenarioLoader.MaxScenarioChars}"));
                return null;
            }

            byte[] bytes = File.ReadAllBytes(FilePath!);
            // Strict UTF-8: invalid bytes are reported rather than silently replaced.
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (FileNotFoundException)
        {
            problems.Add(new ScenarioProblem(problemPath, $"file not found: {DisplayName}"));
        }
        catch (DirectoryNotFoundException)
        {
            problems.Add(new ScenarioProblem(problemPath, $"file not found: {DisplayName} (the folder does not exist)"));
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(new ScenarioProblem(problemPath, $"{DisplayName} is not valid UTF-8 text (bad byte at index {e.Index})"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ScenarioProblem(problemPath, $"cannot read {DisplayName}: {e.Message}"));
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

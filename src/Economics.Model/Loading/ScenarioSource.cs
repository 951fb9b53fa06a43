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

    internal string Identity => FilePath ?? (IsBaseline ? "<baseline>" : _shippedName is { } n ? "<shipped>/" + n : DisplayName);

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

    /// <summary>A scenario shipped in <c>data/scenarios/</c> and embedded in the package, by name (e.g. <c>fast-vesting</c>);
    /// null when there is none by that name. The baseline is <see cref="Baseline"/>.</summary>
    public static ScenarioSource? Shipped(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == ShippedScenarios.BaselineName)
        {
            return Baseline;
        }

        return ShippedScenarios.Json(name) is { } json
            ? new ScenarioSource($"{name} (shipped)", null, json, isBaseline: false, directory: null) { _shippedName = name }
            : null;
    }

    private string? _shippedName;

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
            // Bounded before it is read: the size a file reports is not trusted (a device or a pipe reports 0 and
            // never ends, /dev/zero), so at most the limit plus one byte is ever read.
            byte[]? bytes = ReadBounded(FilePath!, ScenarioLoader.MaxScenarioChars);
            if (bytes is null)
            {
                problems.Add(new ScenarioProblem(problemPath, $"{DisplayName} holds more than {ScenarioLoader.MaxScenarioChars} bytes; a scenario file may hold at most {ScenarioLoader.MaxScenarioChars} (16 MiB)"));
                return null;
            }

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

    /// <summary>Reads at most <paramref name="limit"/> bytes of <paramref name="path"/>, whatever its reported length
    /// (files, pipes, devices); null when there is more.</summary>
    internal static byte[]? ReadBounded(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}

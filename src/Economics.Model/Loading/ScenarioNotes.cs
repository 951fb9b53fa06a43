using System.Text;
using System.Text.Json;

namespace Economics.Model.Loading;

/// <summary>
/// The comments of a scenario's layers (embedded baseline ← <c>base</c> chain ← the file ← overrides), by the JSON
/// path of the value each comment ends the line of: what the report's assumptions table shows as each value's unit
/// and source or estimate. A later layer's note replaces an earlier one's at the same path; an override's note is
/// the override as typed.
/// </summary>
/// <remarks>A comment belongs to a value when it starts on the line where the value ends (comments on lines of
/// their own, e.g. the baseline's header, belong to nothing). Paths are written as <see cref="ScenarioPath"/> writes
/// them (<c>token.pools[0].payout.tokens</c>); an element of a primitive array is noted at the array's path.</remarks>
public sealed class ScenarioNotes
{
    private static readonly Dictionary<string, ScenarioNote> BaselineNotes = Read(ScenarioLoader.BaselineJson);

    private readonly Dictionary<string, ScenarioNote> _above;

    private ScenarioNotes(Dictionary<string, ScenarioNote> above) => _above = above;

    /// <summary>The embedded baseline's notes (nothing above it).</summary>
    public static ScenarioNotes Baseline { get; } = new([]);

    /// <summary>The note at <paramref name="path"/>: the topmost layer's that notes it, else the baseline's; null when
    /// no layer notes it.</summary>
    public ScenarioNote? At(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _above.GetValueOrDefault(path) ?? BaselineNotes.GetValueOrDefault(path);
    }

    /// <summary>The note a layer above the baseline (a <c>base</c>, the file, an override) gives at
    /// <paramref name="path"/>; null when only the baseline notes it or nothing does. A value that differs from the
    /// baseline's takes its note from here: the baseline's comment is about the baseline's value.</summary>
    public ScenarioNote? AboveBaselineAt(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _above.GetValueOrDefault(path);
    }

    /// <summary>The notes of one scenario text (JSON with comments) on top of the baseline's; text that is not valid
    /// JSON yields the notes read up to the error.</summary>
    public static ScenarioNotes FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ScenarioNotes(Read(json));
    }

    /// <summary>
    /// The notes of every layer of <paramref name="source"/> (the embedded baseline, its <c>base</c> chain outermost
    /// first, the source itself) and of <paramref name="overrides"/> (each noted at its path as typed, e.g.
    /// <c>--set horizonMonths=24</c>). A layer that cannot be read contributes nothing (loading reports why).
    /// </summary>
    public static ScenarioNotes Of(ScenarioSource source, IEnumerable<ScenarioOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var notes = new Dictionary<string, ScenarioNote>(StringComparer.Ordinal);
        foreach (string text in ScenarioLoader.LayerTexts(source))
        {
            foreach (var (path, note) in Read(text))
            {
                notes[path] = note;
            }
        }

        foreach (var o in overrides ?? [])
        {
            notes[o.Path.ToString()] = new ScenarioNote(null, o.Text ?? "override " + o);
        }

        return new ScenarioNotes(notes);
    }

    private static Dictionary<string, ScenarioNote> Read(string json)
    {
        var notes = new Dictionary<string, ScenarioNote>(StringComparer.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Allow,
            AllowTrailingCommas = true,
            MaxDepth = ScenarioJson.DocumentOptions.MaxDepth,
        });

        // The open containers: a property name (object member) or the next index (array element).
        var stack = new List<Frame>();
        string? pendingName = null;
        string? lastValuePath = null;
        long lastValueEnd = -1;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        string? containerPath = stack.Count == 0 ? null : ChildPath(stack, pendingName);
                        stack.Add(new Frame(containerPath, reader.TokenType == JsonTokenType.StartArray));
                        pendingName = null;
                        lastValuePath = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var closed = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        if (stack.Count > 0 && stack[^1].IsArray)
                        {
                            stack[^1].Next++;
                        }

                        // "]" or "}" ending the line of the last element: a comment after it is about the container.
                        lastValuePath = closed.Path;
                        lastValueEnd = reader.TokenStartIndex;
                        break;
                    case JsonTokenType.Comment:
                        if (lastValuePath is not null && reader.ValueSpan.IndexOfAny((byte)'\n', (byte)'\r') < 0
                            && SameLine(bytes, lastValueEnd, reader.TokenStartIndex))
                        {
                            notes.TryAdd(lastValuePath, ScenarioNote.Parse(reader.GetComment()));
                        }

                        break;
                    default:
                        // A primitive value.
                        var frame = stack[^1];
                        lastValuePath = frame.IsArray ? frame.Path : ChildPath(stack, pendingName);
                        lastValueEnd = reader.TokenStartIndex;
                        if (frame.IsArray)
                        {
                            frame.Next++;
                        }

                        pendingName = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not valid JSON: loading reports it; the notes read so far stand.
        }

        return notes;
    }

    private static string ChildPath(List<Frame> stack, string? name)
    {
        var parent = stack[^1];
        if (parent.IsArray)
        {
            return $"{parent.Path}[{parent.Next}]";
        }

        return parent.Path is null ? name! : $"{parent.Path}.{name}";
    }

    private static bool SameLine(byte[] bytes, long from, long to)
    {
        if (from < 0)
        {
            return false;
        }

        for (long i = from; i < to && i < bytes.Length; i++)
        {
            if (bytes[i] is (byte)'\n' or (byte)'\r')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Frame(string? path, bool isArray)
    {
        public string? Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Next { get; set; }
    }
}

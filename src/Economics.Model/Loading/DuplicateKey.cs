using System.Text;
using System.Text.Json;

namespace Economics.Model.Loading;

/// <summary>
/// Where a JSON text gives one key twice in one object: System.Text.Json refuses it (the scenario format sets
/// <see cref="JsonDocumentOptions.AllowDuplicateProperties"/> to false) but says neither where nor in which object,
/// so this reads the text again, token by token, to name the key's JSON path and both places.
/// </summary>
internal static class DuplicateKey
{
    /// <summary>The first key given twice in one object, in reading order; null when there is none (or the text is not
    /// JSON before one is found).</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="options">The options it was parsed with (comments, trailing commas, depth).</param>
    internal static DuplicateKeyPlace? Find(string text, JsonDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = options.CommentHandling,
            AllowTrailingCommas = options.AllowTrailingCommas,
            MaxDepth = options.MaxDepth,
        });

        // One frame per open object or array: the path to it, and for an object the keys seen (with where); for an
        // array the index of the next element. pendingKey is the key whose value is being read.
        var frames = new Stack<Frame>();
        string? pendingKey = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var frame = frames.Peek();
                        string key = reader.GetString()!;
                        if (frame.Keys!.TryGetValue(key, out long first))
                        {
                            return new DuplicateKeyPlace(JsonShapeChecker.Child(frame.Path, key), key, Position(utf8, first), Position(utf8, reader.TokenStartIndex));
                        }

                        frame.Keys.Add(key, reader.TokenStartIndex);
                        pendingKey = key;
                        break;
                    }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                    {
                        string path = frames.Count == 0 ? "$" : ValuePath(frames.Peek(), pendingKey);
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new Dictionary<string, long>(StringComparer.Ordinal) : null));
                        break;
                    }

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        Advance(frames);
                        break;

                    default:
                        // A scalar value: the end of an object member or of an array element.
                        if (frames.Count > 0)
                        {
                            Advance(frames);
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON before any duplicate: the parser's own message says where.
        }

        return null;
    }

    // The path of the value being read in frame: a member's path in an object, the next element's in an array.
    private static string ValuePath(Frame frame, string? key) =>
        frame.Keys is null ? $"{frame.Path}[{frame.NextIndex}]" : JsonShapeChecker.Child(frame.Path, key!);

    // After a value ends: in an array, the next element has the next index.
    private static void Advance(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().Keys is null)
        {
            frames.Peek().NextIndex++;
        }
    }

    // 1-based line and column (in bytes, as System.Text.Json counts BytePositionInLine) of a byte offset.
    private static (long Line, long Column) Position(byte[] utf8, long offset)
    {
        long line = 1, lineStart = 0;
        for (long i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    // Keys maps each key seen in the object to the byte offset of its first token.
    private sealed class Frame(string path, Dictionary<string, long>? keys)
    {
        public string Path { get; } = path;

        public Dictionary<string, long>? Keys { get; } = keys;

        public int NextIndex { get; set; }
    }
}

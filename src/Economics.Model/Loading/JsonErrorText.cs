using System.Text.Json;

namespace Economics.Model.Loading;

/// <summary>A System.Text.Json parse error as a person reads it: where (1-based line and column) and what, in the
/// parser's first sentence, without its 0-based position, its path or sentences about its internals.</summary>
public static class JsonErrorText
{
    /// <summary>"line 3, column 5" (1-based; the exception's LineNumber and BytePositionInLine are 0-based), or
    /// "unknown position".</summary>
    public static string Where(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.LineNumber is { } line ? $"line {line + 1}, column {(exception.BytePositionInLine ?? 0) + 1}" : "unknown position";
    }

    /// <summary>"line 1, column 1: The input does not contain any JSON tokens." — <see cref="Where"/> and
    /// <see cref="FirstSentence"/>.</summary>
    public static string Describe(JsonException exception) => $"{Where(exception)}: {FirstSentence(exception?.Message ?? string.Empty)}";

    /// <summary>The parser's first sentence, which says what is wrong ("'}' is an invalid start of a value."), without
    /// what follows: its own position (" LineNumber: 0 | BytePositionInLine: 0."), its path (" Path: $.x") and
    /// sentences about its internals ("…, when isFinalBlock is true.").</summary>
    public static string FirstSentence(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (string marker in (string[])[" Path:", " LineNumber:"])
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message.TrimEnd();
    }
}

using System.Globalization;
using System.Text;

namespace Economics.Model.Loading;

/// <summary>A JSON path into a scenario, such as <c>settlement.mix.private</c> or <c>cohorts[1].initialNodes</c>:
/// property names separated by dots, array indices in brackets.</summary>
public sealed record ScenarioPath
{
    private ScenarioPath(IReadOnlyList<PathSegment> segments) => Segments = segments;

    /// <summary>The segments, from the root.</summary>
    public IReadOnlyList<PathSegment> Segments { get; }

    /// <summary>Parses a path; see <see cref="TryParse"/> for the syntax.</summary>
    /// <exception cref="FormatException">The text is not a path; the message says why.</exception>
    public static ScenarioPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path : throw new FormatException(error);

    /// <summary>Parses <c>name(.name|[index])*</c>; names are letters, digits, '_' and '$'.</summary>
    /// <param name="text">The path text.</param>
    /// <param name="path">The parsed path, when successful.</param>
    /// <param name="error">Why the text is not a path, when unsuccessful.</param>
    public static bool TryParse(string? text, out ScenarioPath path, out string error)
    {
        path = new ScenarioPath([]);
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the path is empty";
            return false;
        }

        var segments = new List<PathSegment>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                int close = text.IndexOf(']', i);
                if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                {
                    error = $"'{text}' has a bad array index at character {i + 1}; write e.g. cohorts[0]";
                    return false;
                }

                if (segments.Count == 0)
                {
                    error = $"'{text}' starts with an index; it must start with a field name";
                    return false;
                }

                segments.Add(PathSegment.AtIndex(index));
                i = close + 1;
            }
            else
            {
                if (text[i] == '.')
                {
                    if (segments.Count == 0)
                    {
                        error = $"'{text}' starts with '.'";
                        return false;
                    }

                    i++;
                }
                else if (segments.Count > 0)
                {
                    error = $"'{text}' needs '.' or '[' at character {i + 1}";
                    return false;
                }

                int start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '$'))
                {
                    i++;
                }

                if (i == start)
                {
                    error = $"'{text}' has an empty field name at character {start + 1}";
                    return false;
                }

                segments.Add(PathSegment.Named(text[start..i]));
            }
        }

        path = new ScenarioPath(segments);
        return true;
    }

    /// <summary>The path as text, e.g. <c>cohorts[1].initialNodes</c>.</summary>
    public override string ToString() => Format(Segments.Count);

    /// <summary>The first <paramref name="count"/> segments as text.</summary>
    public string Format(int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            var segment = Segments[i];
            if (segment.Name is { } name)
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(name);
            }
            else
            {
                builder.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.ToString();
    }

    /// <summary>Equality by segments.</summary>
    public bool Equals(ScenarioPath? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc />
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}

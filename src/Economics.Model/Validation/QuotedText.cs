using System.Globalization;

namespace Economics.Model.Validation;

/// <summary>Untrusted text (names from a scenario, values typed on the command line) quoted for a message.</summary>
public static class QuotedText
{
    /// <summary>A string value from the scenario or the command line in single quotes, with control characters, line and paragraph
    /// separators and lone surrogates escaped (\n, \t, \uXXXX): a name typed as "evil\n" shows as 'evil\n', and
    /// untrusted text never moves the terminal's cursor or starts an escape sequence.</summary>
    public static string Of(string? text)
    {
        var builder = new System.Text.StringBuilder("'");
        string value = text ?? string.Empty;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pair)
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c == '\t')
            {
                builder.Append("\\t");
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('\'').ToString();
    }
}

using System.Text.RegularExpressions;

namespace Economics.Model.Tests.Scenarios;

/// <summary>Splits scenario JSON lines into code and <c>//</c> comment, and finds numbers in the code.</summary>
internal static partial class ScenarioComments
{
    /// <summary>The code before a <c>//</c> comment (string literals blanked) and the comment (or null).</summary>
    public static (string Code, string? Comment) Split(string line)
    {
        var code = new System.Text.StringBuilder();
        bool inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    code.Append('"');
                }

                continue;
            }

            if (c == '/' && i + 1 < line.Length && line[i + 1] == '/')
            {
                return (code.ToString(), line[i..]);
            }

            if (c == '"')
            {
                inString = true;
            }

            code.Append(c);
        }

        return (code.ToString(), null);
    }

    /// <summary>Whether the code holds a JSON number literal.</summary>
    public static bool HasNumber(string code) => NumberPattern().IsMatch(code);

    /// <summary>Whether a comment reads <c>// unit; source: …</c> or <c>// unit; estimate: …</c>.</summary>
    public static bool IsUnitAndSource(string comment) => UnitAndSourcePattern().IsMatch(comment);

    /// <summary>Every <c>data/reference/&lt;file&gt;.csv#&lt;key&gt;</c> cited in a text.</summary>
    public static IEnumerable<(string File, string Key)> ReferenceCitations(string text) =>
        CitationPattern().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    [GeneratedRegex(@"(?<![\w.""])-?\d+(\.\d+)?([eE][+-]?\d+)?(?![\w""])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^//\s*[^;\s][^;]*;\s*(source|estimate):\s*\S")]
    private static partial Regex UnitAndSourcePattern();

    [GeneratedRegex(@"data/reference/([\w-]+\.csv)#(\w+)")]
    private static partial Regex CitationPattern();
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economics.Model.Loading;

/// <summary>Checks that every string of a parsed document is valid Unicode text: JSON escapes can spell a lone UTF-16
/// surrogate (<c>"\ud800"</c>), which no string operation, file or terminal can carry.</summary>
internal static class JsonText
{
    /// <summary>Adds a problem for each string value or field name in <paramref name="node"/> that holds a lone surrogate.</summary>
    public static void CheckStrings(JsonNode? node, string path, List<ScenarioProblem> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    string child = path == "$" ? key : $"{path}.{key}";
                    if (!IsValid(key))
                    {
                        problems.Add(new ScenarioProblem(path, $"has a field name that is not valid text ({Describe(key)})"));
                        continue;
                    }

                    CheckStrings(value, child, problems);
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    CheckStrings(array[i], $"{path}[{i}]", problems);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                string? text = null;
                try
                {
                    text = value.GetValue<string>();
                }
                catch (InvalidOperationException)
                {
                    // System.Text.Json refuses to decode an escaped lone surrogate.
                }

                if (text is null || !IsValid(text))
                {
                    problems.Add(new ScenarioProblem(path, "is not valid text: it holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair); write the character itself or a complete pair"));
                }

                break;
        }
    }

    private static bool IsValid(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(string key) => $"a lone UTF-16 surrogate at character {key.TakeWhile(c => !char.IsSurrogate(c)).Count()}";
}

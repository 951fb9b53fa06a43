using System.Text;

namespace Economics.Model.Loading;

/// <summary>
/// The scenarios shipped in <c>data/scenarios/</c>, embedded in the package: a <c>base</c> that is a bare name
/// (<c>"baseline"</c>, <c>"fast-vesting"</c>) names one of them, so a copy of a scenario runs from any folder.
/// </summary>
public static class ShippedScenarios
{
    private const string Prefix = "Economics.Model.scenarios.";
    private const string Suffix = ".json";

    /// <summary>The name of the embedded baseline.</summary>
    public const string BaselineName = "baseline";

    private static readonly Dictionary<string, string> Resources = typeof(ShippedScenarios).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .ToDictionary(n => n[Prefix.Length..^Suffix.Length], n => n, StringComparer.Ordinal);

    /// <summary>Every shipped name, sorted, the baseline first.</summary>
    public static IReadOnlyList<string> Names { get; } = [BaselineName, .. Resources.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="text"/> has the form of a shipped scenario's name (letters, digits, '-', '_'; no
    /// folder, no extension) rather than a file path.</summary>
    public static bool IsName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length is > 0 and <= 100 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

    /// <summary>The JSON text of the shipped scenario <paramref name="name"/>, or null when there is none by that name.</summary>
    public static string? Json(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == BaselineName)
        {
            return ScenarioLoader.BaselineJson;
        }

        if (!Resources.TryGetValue(name, out string? resource))
        {
            return null;
        }

        using var stream = typeof(ShippedScenarios).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

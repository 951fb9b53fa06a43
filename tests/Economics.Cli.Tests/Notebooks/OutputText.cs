using System.Net;
using System.Text.RegularExpressions;
using Economics.Cli.Notebooks;

namespace Economics.Cli.Tests.Notebooks;

/// <summary>The visible text of an output: text/plain when the kernel gave it, else the HTML without styles and tags.</summary>
internal static partial class OutputText
{
    public static string? Of(NotebookOutput output) =>
        output.Get("text/plain") ?? (output.Get("text/html") is { } html
            ? WebUtility.HtmlDecode(Tags().Replace(Styles().Replace(html, string.Empty), string.Empty)).Trim()
            : null);

    [GeneratedRegex("<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Styles();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

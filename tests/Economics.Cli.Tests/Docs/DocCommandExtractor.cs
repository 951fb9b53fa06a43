using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Economics.Cli.Tests.Docs;

/// <summary>
/// Finds every command the documents and the help texts show, with no list of commands of its own:
/// <list type="bullet">
/// <item>Markdown: every line of a fenced code block (no language, bash, sh, shell, console) and every inline code span
/// that starts with <c>econ </c> or <c>dotnet </c> (after optional <c>$ </c> and <c>NAME=value</c> prefixes).</item>
/// <item>Help: every line of the <c>Examples:</c> section of each command's <c>--help</c> that starts with
/// <c>econ </c>; what follows two or more spaces is its description.</item>
/// </list>
/// A trailing <c># exits N: message</c> (in a code block or help text) or an HTML comment
/// <c>&lt;!-- exits N: message --&gt;</c> right after an inline span marks an example that is meant to fail: it must
/// exit N and print the message. Any other <c># comment</c> is a description and is dropped.
/// </summary>
internal static partial class DocCommandExtractor
{
    private static readonly HashSet<string> ShellLanguages = new(StringComparer.OrdinalIgnoreCase) { "", "bash", "sh", "shell", "console", "text" };

    /// <summary>The markdown files of the repository (everything but build output and generated folders).</summary>
    public static IEnumerable<string> MarkdownFiles(string root)
    {
        string[] skipped = ["bin", "obj", "out", ".git", "TestResults", "BenchmarkDotNet.Artifacts", "node_modules"];
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Every command in one markdown text.</summary>
    /// <param name="source">The file's name in messages (repository-relative).</param>
    /// <param name="markdown">The file's text.</param>
    public static IEnumerable<DocCommand> FromMarkdown(string source, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string[] lines = markdown.Split('\n');
        string? fence = null;
        bool shellBlock = false;
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].TrimEnd('\r');
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                string marker = trimmed[..3];
                if (fence is null)
                {
                    fence = marker;
                    shellBlock = ShellLanguages.Contains(trimmed[3..].Trim());
                }
                else if (marker == fence)
                {
                    fence = null;
                }

                continue;
            }

            string where = string.Create(CultureInfo.InvariantCulture, $"{source}:{n + 1}");
            if (fence is not null)
            {
                if (shellBlock && Parse(where, trimmed.StartsWith("$ ", StringComparison.Ordinal) ? trimmed[2..] : trimmed, marker: null) is { } command)
                {
                    yield return command;
                }

                continue;
            }

            foreach (Match span in InlineSpan().Matches(line))
            {
                var after = InlineMarker().Match(line, span.Index + span.Length);
                string? marker = after.Success && after.Index == span.Index + span.Length ? after.Groups["marker"].Value : null;
                if (Parse(where, span.Groups["code"].Value, marker) is { } command)
                {
                    // Prose that names a command (`econ notebook run` also exits 1 when …) is a reference to it, not an
                    // example: its command must exist.
                    yield return command.Kind == DocCommandKind.Econ && marker is null && NamesOnlyCommands(command.Args)
                        ? command with { Kind = DocCommandKind.Usage, Args = ["econ", .. command.Args] }
                        : command;
                }
            }
        }
    }

    /// <summary>Whether every word is a command name, each a sub-command of the one before (<c>notebook run</c>), the
    /// last one having a required argument, so that the words alone cannot be an example.</summary>
    public static bool NamesOnlyCommands(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var sink = new StringWriter();
        Command current = EconCli.CreateRoot(CliConsole.ForWriters(sink, sink));
        foreach (string word in args)
        {
            if (current.Subcommands.FirstOrDefault(c => c.Name == word) is not { } sub)
            {
                return false;
            }

            current = sub;
        }

        return args.Count > 0 && (current.Subcommands.Count > 0 || current.Arguments.Any(a => a.Arity.MinimumNumberOfValues > 0));
    }

    /// <summary>Every example of every command's help (the root's and each sub-command's, recursively).</summary>
    public static IEnumerable<DocCommand> FromHelp()
    {
        using var sink = new StringWriter();
        var root = EconCli.CreateRoot(CliConsole.ForWriters(sink, sink));
        foreach (var path in CommandPaths(root, []))
        {
            var help = CliHarness.Run([.. path, "--help"]);
            string source = string.Join(' ', ["econ", .. path, "--help"]);
            bool inExamples = false;
            foreach (string raw in help.Out.Split('\n'))
            {
                string line = raw.Trim();
                if (line == "Examples:")
                {
                    inExamples = true;
                    continue;
                }

                if (inExamples && line.Length == 0)
                {
                    break;
                }

                if (inExamples && line.StartsWith("econ ", StringComparison.Ordinal))
                {
                    // "econ run --out x      what it does" or "econ … --hi 0.3   # exits 2: message"
                    string[] parts = HelpColumns().Split(line, 2);
                    string? marker = parts.Length > 1 && HelpMarker().Match(parts[1]) is { Success: true } m ? m.Groups["marker"].Value : null;
                    if (Parse(source, parts[0], marker) is { } command)
                    {
                        yield return command;
                    }
                }
            }
        }
    }

    /// <summary>Parses one command line; null when it is not an <c>econ</c> or <c>dotnet</c> command.</summary>
    /// <param name="source">Where it is written.</param>
    /// <param name="line">The line, possibly with a trailing <c># comment</c>.</param>
    /// <param name="marker">An <c>exits N: message</c> marker found next to it (inline spans, help), if any.</param>
    public static DocCommand? Parse(string source, string line, string? marker)
    {
        ArgumentNullException.ThrowIfNull(line);
        string text = line.Trim();
        if (!CommandStart().IsMatch(text))
        {
            return null;
        }

        int hash = CommentStart(text);
        if (hash >= 0)
        {
            string comment = text[(hash + 1)..].Trim();
            if (ExitsMarker().IsMatch(comment))
            {
                marker ??= comment;
            }

            text = text[..hash].TrimEnd();
        }

        var words = ShellWords.Split(text);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        int first = 0;
        while (first < words.Count && EnvironmentAssignment().Match(words[first]) is { Success: true } assignment)
        {
            environment[assignment.Groups["name"].Value] = assignment.Groups["value"].Value;
            first++;
        }

        if (first >= words.Count - 1 || words[first] is not ("econ" or "dotnet"))
        {
            return null; // not a command, or a bare "econ" / "dotnet" naming the tool in prose
        }

        var (code, message) = marker is null ? (0, (string?)null) : ParseMarker(marker);
        var all = words.Skip(first).ToList();
        DocCommand Make(DocCommandKind kind, IReadOnlyList<string> args) => new(source, text, kind, args, environment, code, message);
        if (IsUsage(text))
        {
            return Make(DocCommandKind.Usage, all);
        }

        if (all[0] == "econ")
        {
            return Make(DocCommandKind.Econ, all.Skip(1).ToList());
        }

        return all[1] switch
        {
            "test" => Make(DocCommandKind.DotnetTest, all),
            "build" => Make(DocCommandKind.DotnetBuild, all),
            "pack" or "tool" => Make(DocCommandKind.DotnetTool, all),
            "run" when IsCliProject(ProjectOf(all)) => Make(DocCommandKind.Econ, all.SkipWhile(w => w != "--").Skip(1).ToList()),
            "run" => Make(DocCommandKind.DotnetRunOther, all),
            _ => Make(DocCommandKind.DotnetTool, all),
        };
    }

    /// <summary>The project a <c>dotnet</c> command names (<c>--project P</c> or its first path argument), if any.</summary>
    public static string? ProjectOf(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        int stop = words.ToList().IndexOf("--") is var dashes and >= 0 ? dashes : words.Count;
        for (int i = 2; i < stop; i++)
        {
            if (words[i] is "--project" or "-p" && i + 1 < stop)
            {
                return words[i + 1];
            }

            if (!words[i].StartsWith('-') && (words[i - 1] is not ("-c" or "--configuration" or "--filter" or "-o" or "--output" or "--add-source" or "--tool-path" or "--logger" or "-v" or "--verbosity")))
            {
                return words[i].Contains('/', StringComparison.Ordinal) || words[i].EndsWith("proj", StringComparison.Ordinal) || words[i].EndsWith(".sln", StringComparison.Ordinal) ? words[i] : null;
            }
        }

        return null;
    }

    /// <summary>Whether a command line is a synopsis rather than a runnable command: optional parts in brackets,
    /// &lt;placeholders&gt;, an ellipsis, or alternatives separated by |.</summary>
    public static bool IsUsage(string text) =>
        text.Contains('…', StringComparison.Ordinal) || text.Contains("...", StringComparison.Ordinal)
        || UsageSyntax().IsMatch(text);

    private static bool IsCliProject(string? project) =>
        project is not null && project.TrimEnd('/').Replace('\\', '/').EndsWith("src/Economics.Cli", StringComparison.Ordinal);

    private static (int Code, string? Message) ParseMarker(string marker)
    {
        var m = ExitsMarker().Match(marker.Trim());
        if (!m.Success)
        {
            throw new FormatException($"'{marker}' is not a marker of the form 'exits N: message'");
        }

        return (int.Parse(m.Groups["code"].Value, CultureInfo.InvariantCulture), m.Groups["message"].Value.Trim() is { Length: > 0 } text ? text : null);
    }

    // The '#' that starts a comment: at the start or after a blank, outside quotes.
    private static int CommentStart(string text)
    {
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string[]> CommandPaths(Command command, string[] path)
    {
        yield return path;
        foreach (var sub in command.Subcommands)
        {
            foreach (var p in CommandPaths(sub, [.. path, sub.Name]))
            {
                yield return p;
            }
        }
    }

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex InlineSpan();

    [GeneratedRegex(@"\s*<!--\s*(?<marker>exits\s+\d+\s*:[^>]*?)\s*-->")]
    private static partial Regex InlineMarker();

    [GeneratedRegex(@"^#?\s*(?<marker>exits\s+\d+\s*:.*)$")]
    private static partial Regex HelpMarker();

    [GeneratedRegex(@"^exits\s+(?<code>\d+)\s*:(?<message>.*)$")]
    private static partial Regex ExitsMarker();

    [GeneratedRegex(@"^(?<name>[A-Z_][A-Z0-9_]*)=(?<value>.*)$")]
    private static partial Regex EnvironmentAssignment();

    [GeneratedRegex(@"^([A-Z_][A-Z0-9_]*=\S*\s+)*(econ|dotnet)\s+\S")]
    private static partial Regex CommandStart();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex HelpColumns();

    // " [x", "<x>", " | " — not "cohorts[1]" (an index follows a name without a blank).
    [GeneratedRegex(@"(^|\s)\[|<[^>]*>|\s\|\s")]
    private static partial Regex UsageSyntax();
}

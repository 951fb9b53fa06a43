using System.CommandLine;
using System.CommandLine.Parsing;

namespace Economics.Cli;

/// <summary>
/// Finds the options a command line names that its command does not have (<c>--frmat</c>), with the closest option
/// the command does have as a suggestion: "unknown option '--frmat' for 'econ run'; did you mean --format?".
/// </summary>
internal static class UnknownOptions
{
    /// <summary>One message per unknown option token (none when every option is known).</summary>
    public static IReadOnlyList<string> Find(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult { Command: var c })
            {
                foreach (var option in c.Options)
                {
                    known.Add(option.Name);
                    known.UnionWith(option.Aliases);
                }
            }
        }

        var messages = new List<string>();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            string name = token.Value.Split('=', 2)[0];
            if (token.Type != TokenType.Argument || !LooksLikeOption(name) || known.Contains(name))
            {
                continue;
            }

            string where = command.Parents.Any() ? $" for '{CommandPath(command)}'" : string.Empty;
            messages.Add(Closest(name, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal))) is { } suggestion
                ? $"unknown option {Model.Validation.QuotedText.Of(name)}{where}; did you mean {suggestion}?"
                : $"unknown option {Model.Validation.QuotedText.Of(name)}{where}; see the options with --help.");
        }

        return messages;
    }

    /// <summary>Whether a token is written as an option: <c>--word</c> or <c>-x</c> (not a negative number).</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length >= 2 && token[0] == '-' && (char.IsLetter(token[1]) || (token[1] == '-' && token.Length > 2 && char.IsLetter(token[2])));

    /// <summary>The options whose first words are <paramref name="name"/> (<c>--stake</c> → <c>--stake-tokens</c>;
    /// "--share-of-nodes or --share-of-requests"), else the candidate nearest it in edit distance, if near enough to
    /// be a typo.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var all = candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var longer = all.Where(c => c.StartsWith(name + "-", StringComparison.Ordinal)).ToList();
        if (longer.Count is > 0 and <= MaxSuggestions)
        {
            return string.Join(" or ", longer);
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in all)
        {
            int distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        int allowed = Math.Max(2, name.TrimStart('-').Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Most options offered for a shortened name (more is a list, not a suggestion).</summary>
    private const int MaxSuggestions = 3;

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
        {
            names.Add(c.Parents.Any() ? c.Name : "econ");
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    // Levenshtein distance, with a transposition counting as one edit (optimal string alignment).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

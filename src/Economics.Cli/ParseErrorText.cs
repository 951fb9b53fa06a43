using System.Text.RegularExpressions;
using Economics.Model.Validation;

namespace Economics.Cli;

/// <summary>System.CommandLine's parse errors in the CLI's own words: "Cannot parse argument '2147483648' for option
/// '--seed' as expected type 'System.Nullable`1[System.Int32]'." reads "--seed: '2147483648' is not a whole number from
/// -2,147,483,648 to 2,147,483,647"; "1e3" for a whole number reads "… is not a whole number: write digits only, e.g.
/// 1000 (no decimals, exponent or thousands separators)". Other messages pass through unchanged.</summary>
internal static partial class ParseErrorText
{
    /// <summary>The message a person reads for <paramref name="message"/>.</summary>
    public static string Of(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        string type = match.Groups["type"].Value;
        string value = match.Groups["value"].Value;
        bool whole = type.Contains("System.Int32", StringComparison.Ordinal) || type.Contains("System.Int64", StringComparison.Ordinal);
        string expected = whole && Digits().IsMatch(value)
            ? type.Contains("System.Int32", StringComparison.Ordinal) ? "a whole number from -2,147,483,648 to 2,147,483,647" : "a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807"
            : whole ? "a whole number: write digits only, e.g. 1000 (no decimals, exponent or thousands separators)"
            : type.Contains("System.Double", StringComparison.Ordinal) ? StrictNumbers.Expected
            : type.Contains("System.Boolean", StringComparison.Ordinal) ? "true or false"
            : "a value of this option's kind (see --help)";
        return $"{match.Groups["option"].Value}: {QuotedText.Of(value)} is not {expected}";
    }

    // A whole number in digits (too large for the option's type, since it did not parse).
    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CannotParse();
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Economics.Model.Validation;

namespace Economics.Cli;

/// <summary>Every number option of the command tree reads its value in the invariant culture with '.' for decimals and
/// no thousands separators: System.CommandLine's own parser read <c>--setup-usd 1,5</c> as 15 (a European 1.5 became
/// ten times larger, silently). A value that is not such a number is an error naming the option.</summary>
internal static class StrictNumbers
{
    /// <summary>What a number option expects, in its error message.</summary>
    internal const string Expected = "a number (invariant culture, '.' for decimals, no thousands separators, e.g. 0.25 or 1e6)";

    /// <summary>Gives every <c>double</c> and <c>double?</c> option under <paramref name="command"/> the strict parser.</summary>
    public static T Apply<T>(T command)
        where T : Command
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<double> plain:
                    var plainDefault = plain.DefaultValueFactory;
                    plain.CustomParser = result => result.Tokens.Count == 0 ? plainDefault?.Invoke(result) ?? 0.0 : Parse(result) ?? 0.0;
                    break;
                case Option<double?> nullable:
                    var nullableDefault = nullable.DefaultValueFactory;
                    nullable.CustomParser = result => result.Tokens.Count == 0 ? nullableDefault?.Invoke(result) : Parse(result);
                    break;
            }
        }

        foreach (var sub in command.Subcommands)
        {
            Apply(sub);
        }

        return command;
    }

    // The last token (an option given twice keeps the last value), or an error on the result.
    private static double? Parse(ArgumentResult result)
    {
        string text = result.Tokens[^1].Value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }

        string name = result.Parent is OptionResult option ? option.Option.Name : "the value";
        result.AddError($"{name}: {QuotedText.Of(text)} is not {Expected}");
        return null;
    }
}

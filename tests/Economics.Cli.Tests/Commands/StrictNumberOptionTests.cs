using System.CommandLine;

namespace Economics.Cli.Tests.Commands;

/// <summary>Number options read '.' decimals only: System.CommandLine's own parser read <c>--setup-usd 1,5</c> as 15.</summary>
public sealed class StrictNumberOptionTests
{
    // Every number option of every command, as "command path|option" (parsing only: nothing runs).
    public static TheoryData<string> NumberOptions()
    {
        using var sink = new StringWriter();
        var data = new TheoryData<string>();
        foreach (var (path, option) in Options(EconCli.CreateRoot(CliConsole.ForWriters(sink, sink)), []))
        {
            if (option is Option<double> or Option<double?>)
            {
                data.Add($"{string.Join(' ', path)}|{option.Name}");
            }
        }

        return data;
    }

    [Fact]
    public void The_number_options_are_found() => Assert.True(NumberOptions().Count >= 10, $"{NumberOptions().Count} number options");

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public void A_comma_is_not_a_decimal_point_nor_a_thousands_separator(string commandAndOption)
    {
        string[] parts = commandAndOption.Split('|');
        using var sink = new StringWriter();
        var root = EconCli.CreateRoot(CliConsole.ForWriters(sink, sink));

        var parse = root.Parse([.. parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), parts[1], "1,5"]);
        var error = Assert.Single(parse.Errors, e => e.Message.Contains("'1,5'", StringComparison.Ordinal));
        Assert.Equal($"{parts[1]}: '1,5' is not a number (invariant culture, '.' for decimals, no thousands separators, e.g. 0.25 or 1e6)", error.Message);

        var good = root.Parse([.. parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), parts[1], "1.5e0"]);
        Assert.DoesNotContain(good.Errors, e => e.Message.Contains(parts[1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--setup-usd: '1,5' is not a number", "operator", "--setup-usd", "1,5")]
    [InlineData("--seed: '2147483648' is not a whole number from -2,147,483,648 to 2,147,483,647", "montecarlo", "--seed", "2147483648")]
    [InlineData("--paths: 'abc' is not a whole number: write digits only, e.g. 1000 (no decimals, exponent or thousands separators)", "montecarlo", "--paths", "abc")]
    // An exponent or a decimal is not a whole number, whatever its value: the message says how to write one, not the
    // type's range.
    [InlineData("--paths: '1e3' is not a whole number: write digits only", "montecarlo", "--paths", "1e3")]
    [InlineData("--start-month: '59.0' is not a whole number: write digits only", "operator", "--start-month", "59.0")]
    [InlineData("--paths: '1,000' is not a whole number: write digits only", "sweep", "--x", "fees.protocolTakeRate=0:0.5:3", "--paths", "1,000")]
    public void A_value_that_is_not_a_number_exits_2_naming_the_option(string message, params string[] args)
    {
        var run = CliHarness.Run(args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_still_applies_when_the_option_is_not_given()
    {
        using var sink = new StringWriter();
        var root = EconCli.CreateRoot(CliConsole.ForWriters(sink, sink));
        var operatorCommand = root.Subcommands.Single(c => c.Name == "operator");
        var setup = (Option<double>)operatorCommand.Options.Single(o => o.Name == "--setup-usd");

        Assert.Equal(0.0, root.Parse(["operator"]).GetValue(setup));
        Assert.Equal(1.5, root.Parse(["operator", "--setup-usd", "1.5"]).GetValue(setup));
    }

    private static IEnumerable<(List<string> Path, Option Option)> Options(Command command, List<string> path)
    {
        foreach (var option in command.Options)
        {
            yield return (path, option);
        }

        foreach (var sub in command.Subcommands)
        {
            foreach (var item in Options(sub, [.. path, sub.Name]))
            {
                yield return item;
            }
        }
    }
}

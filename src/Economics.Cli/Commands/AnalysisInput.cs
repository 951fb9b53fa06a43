using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Text;

namespace Economics.Cli.Commands;

/// <summary>What the analysis commands (montecarlo, sensitivity, sweep, breakeven, compare) share: their options,
/// the default output folder <c>out/&lt;scenario&gt;/&lt;command&gt;/</c>, and turning an analysis's argument errors
/// (a bad path, range or metric — messages that name the path) into bad input (exit 2).</summary>
internal static class AnalysisInput
{
    /// <summary>Runs <paramref name="body"/>; argument errors of the analysis library become <see cref="CliInputException"/>.</summary>
    public static T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (ArgumentException e)
        {
            throw new CliInputException(ArgumentMessage.Of(e), e);
        }
        catch (FormatException e)
        {
            throw new CliInputException(e.Message, e);
        }
        catch (KeyNotFoundException e)
        {
            throw new CliInputException(e.Message, e);
        }
    }

    /// <summary>The output folder: <paramref name="given"/>, or <c>out/&lt;scenario&gt;/&lt;command&gt;</c>
    /// (<c>out/&lt;scenario&gt;+set-&lt;hash&gt;/&lt;command&gt;</c> with overrides, <see cref="OutputNames"/>).</summary>
    public static string OutDirectory(string? given, string scenarioName, IReadOnlyList<string>? overrides, string command) =>
        given ?? Path.Combine("out", OutputNames.For(scenarioName, overrides), command);

    /// <summary><c>--metric</c>: a summary metric name.</summary>
    public static Option<string> MetricOption(string defaultMetric) => new("--metric", "-m")
    {
        Description = "Summary metric, e.g. survivingNodes, breakEvenFeeRatio, cumulativeOperatorProfit, viabilityCliffMonth "
            + "(a wrong name lists them all).",
        DefaultValueFactory = _ => defaultMetric,
        HelpName = "M",
    };

    /// <summary><c>--threads</c>: worker threads (results never depend on it); outside 1 … 1024 it is a parse error
    /// naming the option ("--threads: must be between 1 and 1024; got 0"), before any work starts.</summary>
    public static Option<int?> ThreadsOption()
    {
        var option = new Option<int?>("--threads", "-t")
        {
            Description = "Worker threads (default: every core). Results are identical for any thread count.",
            HelpName = "T",
        };
        Checked(option, Analysis.MonteCarlo.MonteCarloOptions.ThreadsProblem);
        return option;
    }

    /// <summary>Makes a Monte Carlo <c>--paths</c> outside 1 … 10,000,000 a parse error naming the option
    /// ("--paths: must be between 1 and 10,000,000 (…); got 0").</summary>
    public static Option<int?> CheckedPaths(Option<int?> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Checked(paths, value => value is { } n ? Analysis.MonteCarlo.MonteCarloOptions.PathsProblem(n) : null);
        return paths;
    }

    // The option's last value, when given as a whole number, checked by problem (null: fine); a problem is an error
    // "--name: …". A value that is not a whole number already has its parse error (ParseErrorText).
    private static void Checked(Option<int?> option, Func<int?, string?> problem) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0
                && int.TryParse(result.Tokens[^1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                && problem(value) is { } text)
            {
                result.AddError($"{option.Name}: {text}");
            }
        });

    /// <summary>A number for messages and tables (<see cref="HumanFormat.Number"/>: no E-notation, n/a when not a number).</summary>
    public static string Show(double value) => HumanFormat.Number(value);

    /// <summary>A metric's value in its unit ($, %, ×, month; <see cref="HumanFormat.Value(string, double)"/>).</summary>
    public static string Show(string metric, double value) => HumanFormat.Value(metric, value);
}

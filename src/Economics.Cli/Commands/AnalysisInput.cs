using System.CommandLine;
using System.Globalization;

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
            throw new CliInputException(Clean(e), e);
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

    /// <summary>The output folder: <paramref name="given"/>, or <c>out/&lt;scenario&gt;/&lt;command&gt;</c>.</summary>
    public static string OutDirectory(string? given, string scenarioName, string command) =>
        given ?? Path.Combine("out", scenarioName, command);

    /// <summary><c>--metric</c>: a summary metric name.</summary>
    public static Option<string> MetricOption(string defaultMetric) => new("--metric", "-m")
    {
        Description = "Summary metric, e.g. survivingNodes, breakEvenFeeRatio, cumulativeOperatorProfit, viabilityCliffMonth "
            + "(a wrong name lists them all).",
        DefaultValueFactory = _ => defaultMetric,
        HelpName = "M",
    };

    /// <summary><c>--threads</c>: worker threads (results never depend on it).</summary>
    public static Option<int?> ThreadsOption() => new("--threads", "-t")
    {
        Description = "Worker threads (default: every core). Results are identical for any thread count.",
        HelpName = "T",
    };

    /// <summary>A number for messages and tables, invariant culture.</summary>
    /// <remarks>Thousands separated and rounded to whole units from 1,000 up; four significant digits below, without
    /// exponent notation (0.00009363, not 9.3627E-05); n/a for a value that is not a number.</remarks>
    public static string Show(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        if (Math.Abs(value) >= ThousandsFrom)
        {
            return value.ToString("#,0", CultureInfo.InvariantCulture);
        }

        if (value == 0)
        {
            return "0";
        }

        int decimals = Math.Clamp(SignificantDigits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, MaxDecimals);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.###############", CultureInfo.InvariantCulture);
    }

    private const double ThousandsFrom = 1_000;
    private const int SignificantDigits = 4;
    private const int MaxDecimals = 15;

    private static string Clean(ArgumentException e)
    {
        // The analysis messages already name the JSON path; drop .NET's "(Parameter 'x')" and "Actual value was" tails.
        string message = e.Message;
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return e is ArgumentOutOfRangeException { ActualValue: { } actual }
            ? message.Replace(Environment.NewLine + "Actual value was " + Convert.ToString(actual, CultureInfo.InvariantCulture) + ".", string.Empty, StringComparison.Ordinal)
            : message;
    }
}

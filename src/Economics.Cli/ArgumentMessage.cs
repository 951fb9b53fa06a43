using System.Globalization;

namespace Economics.Cli;

/// <summary>An <see cref="ArgumentException"/>'s message as a person reads it: the model's and the analyses' messages
/// already name the JSON path or the option, so .NET's " (Parameter 'x')" and "Actual value was 0." tails are dropped.</summary>
internal static class ArgumentMessage
{
    /// <summary>"threads must be between 1 and 1024; got 0" for an exception whose message reads that, then
    /// " (Parameter 'Threads')" and "Actual value was 0.".</summary>
    public static string Of(ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string message = e.Message;
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            return message[..cut];
        }

        return e is ArgumentOutOfRangeException { ActualValue: { } actual }
            ? message.Replace(Environment.NewLine + "Actual value was " + Convert.ToString(actual, CultureInfo.InvariantCulture) + ".", string.Empty, StringComparison.Ordinal)
            : message;
    }
}

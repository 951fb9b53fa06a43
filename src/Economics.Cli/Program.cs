using System.Globalization;

namespace Economics.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Every number econ writes is formatted invariantly already; this keeps third-party output the same too.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var interrupts = Interrupts.Install(Console.Error);
        return EconCli.Run(args, CliConsole.ForProcess());
    }
}

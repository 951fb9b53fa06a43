using System.Diagnostics;

namespace Economics.Cli.Tests.Reliability;

/// <summary>Runs the built <c>econ</c> as a separate process (for signals and resource limits).</summary>
internal static class EconProcess
{
    /// <summary>The apphost next to the test assembly.</summary>
    public static string Executable { get; } = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "econ.exe" : "econ");

    /// <summary>Starts <c>bash -c</c> with <paramref name="script"/>; <c>$ECON</c> names the executable.</summary>
    public static Process StartShell(string script, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.Environment["ECON"] = Executable;
        info.Environment["CI"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info)!;
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. TERM, INT) to <paramref name="pid"/> with kill(1).</summary>
    public static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { UseShellExecute = false, ArgumentList = { "-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
    }
}

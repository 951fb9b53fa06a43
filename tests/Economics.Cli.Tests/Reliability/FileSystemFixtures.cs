using System.Diagnostics;

namespace Economics.Cli.Tests.Reliability;

/// <summary>Helpers that make special files and dead process ids for the output-folder tests (Linux tools).</summary>
internal static class FileSystemFixtures
{
    /// <summary>Creates a FIFO with mkfifo.</summary>
    public static void MakeFifo(string path) => Tool("mkfifo", path);

    /// <summary>The id of a process that has exited (as a killed econ run's would be).</summary>
    public static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static void Tool(string name, params string[] args)
    {
        var info = new ProcessStartInfo(name) { UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}

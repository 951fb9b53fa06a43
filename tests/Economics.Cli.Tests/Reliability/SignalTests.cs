using Economics.Analysis.Output;

namespace Economics.Cli.Tests.Reliability;

/// <summary>Issue 15 item 9: SIGINT/SIGTERM print "cancelled" and leave nothing half-written; a file-size limit is one
/// clear message, exit 1 (not a silent kill).</summary>
public sealed class SignalTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void A_signal_during_a_run_prints_cancelled_and_leaves_the_previous_folder_and_no_temporaries(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDirectory();
        string folder = dir.File("mc");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "summary.json"), "previous complete run\n");
        // exec: the signal goes to econ itself, not to the shell.
        using var econ = EconProcess.StartShell("exec \"$ECON\" montecarlo --paths 5000000 --out mc", dir.Path);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateDirectories(dir.Path, ".mc.econ-*").Any() && DateTime.UtcNow < deadline && !econ.HasExited)
        {
            Thread.Sleep(50);
        }

        Assert.False(econ.HasExited, econ.HasExited ? econ.StandardError.ReadToEnd() : "");
        EconProcess.Signal(econ.Id, signal);
        string error = econ.StandardError.ReadToEnd();
        Assert.True(econ.WaitForExit(30_000));

        Assert.Equal(ExitCodes.Cancelled, econ.ExitCode);
        Assert.Contains("cancelled", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal([folder], Directory.GetFileSystemEntries(dir.Path));
        Assert.Equal([Path.Combine(folder, "summary.json")], Directory.GetFileSystemEntries(folder));
        Assert.Equal("previous complete run\n", File.ReadAllText(Path.Combine(folder, "summary.json")));
    }

    [Fact]
    public void A_file_size_limit_is_one_clear_message_exit_1_and_the_previous_output_stays()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var dir = new TempDirectory();
        string folder = dir.File("out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "monthly.csv"), "previous\n");
        // 60 KiB: monthly.csv of the baseline is about 85 KB. W^X off: the runtime itself maps files under a small limit.
        using var econ = EconProcess.StartShell("ulimit -f 60; exec \"$ECON\" run --out out", dir.Path,
            new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "0" });
        // Spectre wraps lines at 80 columns when stderr is not a terminal.
        string error = string.Join(' ', econ.StandardError.ReadToEnd().Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.True(econ.WaitForExit(60_000));

        Assert.Equal(ExitCodes.InternalError, econ.ExitCode);
        Assert.Contains("file-size limit (ulimit -f)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.Equal("previous\n", File.ReadAllText(Path.Combine(folder, "monthly.csv")));
        Assert.Equal([folder], Directory.GetFileSystemEntries(dir.Path));
        Assert.Equal(PathKind.RegularFile, OutputPath.KindOf(Path.Combine(folder, "monthly.csv")));
    }
}

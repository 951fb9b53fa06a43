using Economics.Analysis.Output;

namespace Economics.Cli.Tests.Reliability;

/// <summary>Issue 15 item 9: a run leaves the previous complete folder or a new complete one, and cleans its own stale temps.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void A_run_replaces_the_folder_as_a_whole_keeping_what_other_commands_wrote()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("out");
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--set", "horizonMonths=12", "--format", "html", "--out", folder).ExitCode);
        Assert.True(Directory.Exists(Path.Combine(folder, "charts")));
        Directory.CreateDirectory(Path.Combine(folder, "montecarlo"));
        File.WriteAllText(Path.Combine(folder, "montecarlo", "percentiles.csv"), "another command's output");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--set", "horizonMonths=24", "--out", folder).ExitCode);

        // The charts of the first run do not stay next to the tables of the second.
        Assert.False(Directory.Exists(Path.Combine(folder, "charts")));
        Assert.Equal(24 + 1, File.ReadAllLines(Path.Combine(folder, "monthly.csv")).Length);
        Assert.Equal("another command's output", File.ReadAllText(Path.Combine(folder, "montecarlo", "percentiles.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Equal(
            ["markets.csv", "montecarlo", "monthly.csv", "notes.txt", "summary.json"],
            Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([folder], Directory.GetFileSystemEntries(dir.Path)); // no staging folder left next to it
    }

    // A command whose second run writes fewer files than its first: the first run's extra file does not stay beside
    // the second run's tables (found in review: stress --paths 0 kept an older probability.csv of another test month).
    [Theory]
    [InlineData("stress|viable-reference|--paths|20", "stress|viable-reference|--after-months|36|--paths|0", "probability.csv", "distance.csv")]
    [InlineData("sweep|--x|fees.protocolTakeRate=0:0.2:2", "sweep|--x|fees.protocolTakeRate=0:0.2:2|--paths|5", "sweep.csv", "viability-grid.csv")]
    [InlineData("sweep|--x|fees.protocolTakeRate=0:0.2:2|--paths|5", "sweep|--x|fees.protocolTakeRate=0:0.2:2", "viability-grid.csv", "sweep.csv")]
    [InlineData("peers", "peers|--network|ionet", "backtest.csv", "calibration.csv")]
    public void A_rerun_that_writes_fewer_files_leaves_none_of_the_earlier_runs(string first, string second, string gone, string kept)
    {
        using var dir = new TempDirectory();
        string folder = dir.File("out");
        Assert.Equal(ExitCodes.Ok, CliHarness.Run([.. first.Split('|'), "--out", folder]).ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, gone)));

        Assert.Equal(ExitCodes.Ok, CliHarness.Run([.. second.Split('|'), "--out", folder]).ExitCode);

        Assert.False(File.Exists(Path.Combine(folder, gone)));
        Assert.True(File.Exists(Path.Combine(folder, kept)));
    }

    [Fact]
    public void A_run_that_fails_before_commit_leaves_the_previous_folder_exactly_and_no_staging_folder()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("out");
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--set", "horizonMonths=12", "--out", folder).ExitCode);
        byte[] before = File.ReadAllBytes(Path.Combine(folder, "monthly.csv"));

        using (var open = OutputFolder.Begin(folder))
        {
            File.WriteAllText(Path.Combine(open.Staging, "monthly.csv"), "half of a new run");
            // No Commit: the command failed midway.
        }

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(folder, "monthly.csv")));
        Assert.Equal([folder], Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void A_run_cleans_up_the_temporary_files_and_folders_of_killed_runs()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("out");
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--set", "horizonMonths=12", "--out", folder).ExitCode);
        int dead = FileSystemFixtures.DeadProcessId();
        // What kill -9 leaves: a temporary file (this and the earlier naming), an unfinished staging folder, and a
        // previous folder swapped out before the entries the new one does not own were given back.
        string tempFile = Path.Combine(folder, $".monthly.csv.{dead}-{Guid.NewGuid():N}.tmp");
        string oldTempFile = Path.Combine(folder, $".summary.json.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(tempFile, "half");
        File.WriteAllText(oldTempFile, "half");
        string unfinished = dir.File($".out.econ-{dead}-{Guid.NewGuid():N}.new");
        Directory.CreateDirectory(unfinished);
        File.WriteAllText(Path.Combine(unfinished, OutputFolder.MarkerFileName), $"{dead}\n");
        File.WriteAllText(Path.Combine(unfinished, "monthly.csv"), "half");
        string swappedOut = dir.File($".out.econ-{dead}-{Guid.NewGuid():N}.old");
        Directory.CreateDirectory(swappedOut);
        File.WriteAllText(Path.Combine(swappedOut, "report.html"), "the report, not yet given back");
        File.WriteAllText(Path.Combine(swappedOut, "monthly.csv"), "previous run's table");
        // A live process's temporary file is left alone.
        string live = Path.Combine(folder, $".monthly.csv.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        File.WriteAllText(live, "in progress");

        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--set", "horizonMonths=12", "--out", folder).ExitCode);

        Assert.Equal([folder], Directory.GetFileSystemEntries(dir.Path));
        Assert.False(File.Exists(tempFile));
        Assert.False(File.Exists(oldTempFile));
        Assert.Equal("the report, not yet given back", File.ReadAllText(Path.Combine(folder, "report.html")));
        Assert.StartsWith("month,date,", File.ReadAllText(Path.Combine(folder, "monthly.csv")), StringComparison.Ordinal);
        Assert.True(File.Exists(live));
    }

    [Fact]
    public void A_fifo_inside_the_folder_under_a_name_the_run_writes_is_refused()
    {
        using var dir = new TempDirectory();
        string folder = dir.File("out");
        Directory.CreateDirectory(folder);
        FileSystemFixtures.MakeFifo(Path.Combine(folder, "monthly.csv"));

        var run = CliHarness.Run("run", "--set", "horizonMonths=12", "--out", folder);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(PathKind.Fifo, OutputPath.KindOf(Path.Combine(folder, "monthly.csv")));
    }

    [Fact]
    public void A_write_error_is_one_clear_message_exit_1()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandAction.Run(CliConsole.ForWriters(output, error), () =>
        {
            AtomicFile.Write(Path.Combine(Path.GetTempPath(), "econ-tests-" + Guid.NewGuid().ToString("N"), "x.csv"),
                _ => throw new IOException("No space left on device"));
            return ExitCodes.Ok;
        });

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains("error: cannot write ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("No space left on device; the previous output is unchanged", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_refuses_new_files_is_named_and_the_temporary_file_is_not()
    {
        if (!Directory.Exists("/proc/self"))
        {
            return; // only where /proc exists (Linux, as in CI): it refuses to create files
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandAction.Run(CliConsole.ForWriters(output, error), () =>
        {
            AtomicFile.Write("/proc/econ-x.csv", s => s.WriteByte(1));
            return ExitCodes.Ok;
        });

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains("error: cannot write /proc/econ-x.csv: the folder /proc does not let files be created in it; the previous output is unchanged",
            error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(".new", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_in_a_folder_that_refuses_new_files_is_named_and_its_staging_folder_is_not()
    {
        if (!Directory.Exists("/proc/self"))
        {
            return; // only where /proc exists (Linux, as in CI)
        }

        var run = CliHarness.Run("run", "--out", "/proc/econ-x");

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Contains("error: cannot write /proc/econ-x: the folder /proc does not let files be created in it; the previous output is unchanged",
            run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".econ-", run.Error, StringComparison.Ordinal);
    }
}

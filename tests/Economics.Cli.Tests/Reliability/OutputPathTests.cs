using Economics.Analysis.Output;

namespace Economics.Cli.Tests.Reliability;

/// <summary>Issue 15 items 2 and 10: only regular files inside the output folder are replaced; a bad --out is exit 2.</summary>
public sealed class OutputPathTests
{
    [Theory]
    [InlineData("schema")]
    [InlineData("report")]
    public void Out_naming_a_fifo_is_bad_input_and_the_fifo_stays(string command)
    {
        using var dir = new TempDirectory();
        string fifo = dir.File("pipe");
        FileSystemFixtures.MakeFifo(fifo);

        var run = CliHarness.Run(command, "--out", fifo, "--set", "horizonMonths=12");
        if (command == "schema")
        {
            run = CliHarness.Run(command, "--out", fifo);
        }

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("is a FIFO (named pipe); econ replaces only regular files", run.Error, StringComparison.Ordinal);
        Assert.Equal(PathKind.Fifo, OutputPath.KindOf(fifo));
        Assert.Equal([fifo], Directory.GetFileSystemEntries(dir.Path)); // no temporary file next to it
    }

    [Fact]
    public void A_character_device_is_never_replaced()
    {
        // Only looked at, never written: the check refuses before any temporary file is made.
        Assert.Equal(PathKind.Device, OutputPath.KindOf("/dev/null"));
        var refused = Assert.Throws<InvalidOutputPathException>(() => OutputPath.CheckFile("/dev/null"));
        Assert.Contains("is a device", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_is_a_symlink_to_a_file_outside_the_folder_is_refused_and_the_file_untouched()
    {
        using var dir = new TempDirectory();
        using var outside = new TempDirectory();
        string victim = outside.File("precious.txt");
        File.WriteAllText(victim, "precious");
        string folder = dir.File("out");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "summary.json"), victim);

        var run = CliHarness.Run("run", "--set", "horizonMonths=12", "--out", folder);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("summary.json' is a symbolic link", run.Error, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal(PathKind.SymbolicLink, OutputPath.KindOf(Path.Combine(folder, "summary.json")));
        Assert.Equal([folder], Directory.GetFileSystemEntries(dir.Path)); // the staging folder is gone
    }

    [Fact]
    public void Report_out_as_a_symlink_is_refused()
    {
        using var dir = new TempDirectory();
        string victim = dir.File("victim.txt");
        File.WriteAllText(victim, "keep");
        string link = dir.File("report.html");
        File.CreateSymbolicLink(link, victim);

        var run = CliHarness.Run("report", "--set", "horizonMonths=12", "--out", link);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("keep", File.ReadAllText(victim));
    }

    [Fact]
    public void Bad_out_paths_are_bad_input_with_a_message_not_an_internal_error()
    {
        using var dir = new TempDirectory();
        string file = dir.File("a-file");
        File.WriteAllText(file, "x");

        foreach (var (args, expected) in new (string[], string)[]
        {
            (["run", "--out", ""], "the output path is empty"),
            (["run", "--out", file], "is a file; give a folder"),
            (["run", "--out", Path.Combine(file, "sub")], "is a file, not a folder"),
            (["montecarlo", "--paths", "10", "--out", file], "is a file; give a folder"),
            (["sweep", "--x", "horizonMonths=12:24:2", "--out", Path.Combine(file, "sub")], "is a file, not a folder"),
            (["report", "--out", Path.Combine(file, "r.html")], "is a file, not a folder"),
            (["schema", "--out", ""], "the output path is empty"),
        })
        {
            var run = CliHarness.Run(args);
            Assert.True(run.ExitCode == ExitCodes.BadInput, $"{string.Join(' ', args)}: exit {run.ExitCode}, {run.Error}");
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void An_image_size_chromium_cannot_render_is_bad_input_and_existing_pngs_stay()
    {
        // Issue 15 item 7: --width 3000 --height 3000 --scale 10 exited 0 and turned the existing PNGs into 0-byte files.
        using var dir = new TempDirectory();
        string charts = Path.Combine(dir.Path, "charts");
        Directory.CreateDirectory(charts);
        File.WriteAllBytes(Path.Combine(charts, "revenue-vs-costs.png"), [0x89, (byte)'P', (byte)'N', (byte)'G']);

        var run = CliHarness.Run("run", "--format", "png", "--width", "3000", "--height", "3000", "--scale", "10", "--out", dir.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("Chromium renders at most 16384 pixels a side", run.Error, StringComparison.Ordinal);
        Assert.Equal(4, new FileInfo(Path.Combine(charts, "revenue-vs-costs.png")).Length);
    }
}

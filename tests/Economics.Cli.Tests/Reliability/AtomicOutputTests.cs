using Economics.Analysis.Output;

namespace Economics.Cli.Tests.Reliability;

public sealed class AtomicOutputTests
{
    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_complete_file_and_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var target = dir.File("monthly.csv");
        AtomicFile.WriteAllText(target, "complete old content\n");

        var failure = Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("half of the new"u8);
            throw new IOException("disk full (injected)");
        }));

        Assert.IsType<OutputWriteException>(failure);
        Assert.Contains("disk full (injected)", failure.Message, StringComparison.Ordinal);
        Assert.Equal("complete old content\n", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_path_writer_that_fails_leaves_no_file_where_the_finished_one_belongs()
    {
        using var dir = new TempDirectory();
        var target = dir.File("chart.png");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteVia(target, temp =>
        {
            File.WriteAllText(temp, "partial");
            throw new InvalidOperationException("renderer crashed (injected)");
        }));

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_run_replaces_existing_outputs_only_with_complete_ones()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("monthly.csv"), "stale");
        File.WriteAllText(dir.File("summary.json"), "stale");

        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--out", dir.Path).ExitCode);

        Assert.StartsWith("month,date,", File.ReadAllText(dir.File("monthly.csv")), StringComparison.Ordinal);
        Assert.EndsWith("}\n", File.ReadAllText(dir.File("summary.json")), StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(dir.Path).Length); // no temporary files left behind
    }

    [Fact]
    public void A_run_with_bad_input_leaves_existing_outputs_untouched()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("monthly.csv"), "previous");

        Assert.Equal(ExitCodes.BadInput, CliHarness.Run("run", "--set", "horizonMonths=0", "--out", dir.Path).ExitCode);

        Assert.Equal("previous", File.ReadAllText(dir.File("monthly.csv")));
    }
}

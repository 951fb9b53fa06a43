using System.Diagnostics;
using System.Globalization;

namespace Economics.Cli.Tests.Reliability;

public sealed class DeterminismTests
{
    private static readonly string[] OutputFiles = ["monthly.csv", "markets.csv", "summary.json"];

    [Fact]
    public void Two_runs_write_identical_bytes()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--out", first.Path).ExitCode);
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--out", second.Path).ExitCode);

        AssertSameFiles(first, second);
    }

    [Fact]
    public void A_german_culture_changes_no_byte_of_the_outputs()
    {
        using var invariant = new TempDirectory();
        using var german = new TempDirectory();
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--out", invariant.Path).ExitCode);

        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really is German here
            Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--out", german.Path).ExitCode);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        AssertSameFiles(invariant, german);
        Assert.Contains("0.0025", File.ReadAllText(german.File("monthly.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_econ_process_under_LANG_de_DE_writes_the_same_bytes()
    {
        using var invariant = new TempDirectory();
        using var german = new TempDirectory();
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("run", "--out", invariant.Path).ExitCode);

        var econ = Path.Combine(AppContext.BaseDirectory, "econ.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { econ, "run", "--out", german.Path })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = "de_DE.UTF-8";
        start.Environment["LC_ALL"] = "de_DE.UTF-8";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == ExitCodes.Ok, await stderr + await stdout);
        AssertSameFiles(invariant, german);
    }

    private static void AssertSameFiles(TempDirectory expected, TempDirectory actual)
    {
        foreach (var name in OutputFiles)
        {
            Assert.Equal(File.ReadAllBytes(expected.File(name)), File.ReadAllBytes(actual.File(name)));
        }
    }
}

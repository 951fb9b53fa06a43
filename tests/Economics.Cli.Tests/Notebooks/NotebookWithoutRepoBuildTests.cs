using Economics.Cli.Tests.Reliability;

namespace Economics.Cli.Tests.Notebooks;

/// <summary><c>econ notebook run</c> where no Debug build sits beside the notebooks (an installed tool, a Release build,
/// a copy of the notebooks): the runner's own package must satisfy _setup.dib's guard. The guard looks for a Debug build
/// under src/ or for the package in the process; it ran before .NET had loaded the package, so every such run stopped at
/// cell 2. A separate process, because the test host has the package loaded already.</summary>
public sealed class NotebookWithoutRepoBuildTests
{
    [Fact]
    public void A_Copy_Of_The_Notebooks_With_No_Build_Beside_Them_Runs()
    {
        using var dir = new TempDirectory();
        Copy(Path.Combine(CliHarness.RepoRoot, "notebooks"), Path.Combine(dir.Path, "notebooks"));
        Copy(Path.Combine(CliHarness.RepoRoot, "data"), Path.Combine(dir.Path, "data"));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "src")));

        using var econ = EconProcess.StartShell("exec \"$ECON\" notebook run notebooks/00-quickstart.ipynb --format html --out quickstart.html", dir.Path);
        string stdout = econ.StandardOutput.ReadToEnd();
        string stderr = econ.StandardError.ReadToEnd();
        Assert.True(econ.WaitForExit(TimeSpan.FromMinutes(5)), "econ notebook run did not finish in 5 minutes");
        Assert.True(econ.ExitCode == 0, $"exit {econ.ExitCode}: {stderr}{stdout}");
        Assert.DoesNotContain("is not built", stderr + stdout, StringComparison.Ordinal);
        string html = File.ReadAllText(dir.File("quickstart.html"));
        Assert.Contains("plotly", html, StringComparison.OrdinalIgnoreCase);
    }

    private static void Copy(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

using System.Diagnostics;
using Xunit.Abstractions;

namespace Economics.Cli.Tests.Docs;

/// <summary>
/// Issue 14: <c>econ</c> installs as a dotnet tool. Runs the README's own <c>dotnet pack</c> and
/// <c>dotnet tool install</c> lines, with three changes so that a test can run them: pack uses this test run's build
/// (<c>--no-build -c &lt;this configuration&gt;</c> instead of <c>-c Release</c>, which would rebuild everything), the
/// package goes to a temporary folder, and the tool is installed into a temporary <c>--tool-path</c> (not
/// <c>--global</c>) from that folder only (a nuget.config with no other source: offline, and never a package of the
/// same name from nuget.org). Then the installed <c>econ --help</c> must work.
/// </summary>
public sealed class ToolPackageTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void The_readme_pack_and_install_commands_give_an_econ_that_runs()
    {
        var readme = DocCommandExtractor.FromMarkdown("README.md", File.ReadAllText(Path.Combine(CliHarness.RepoRoot, "README.md"))).ToList();
        var pack = readme.First(c => c.Args is ["dotnet", "pack", ..]).Args.ToList();
        var install = readme.First(c => c.Args is ["dotnet", "tool", "install", ..]).Args.ToList();
        Assert.Contains("--global", install);
        Assert.Contains("--add-source", install);

        using var temp = new TempDirectory();
        string packages = temp.File("package");
        string tools = temp.File("tools");
        File.WriteAllText(temp.File("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
            """);

        // dotnet pack <project> -c Release -o <dir>  →  … --no-build -c <this configuration> -o <temp>
        var packArgs = Replace(Replace(pack.Skip(1).ToList(), "-c", Configuration), "-o", packages);
        packArgs.Add("--no-build");
        Run("dotnet", packArgs, CliHarness.RepoRoot);
        Assert.NotEmpty(Directory.GetFiles(packages, "*.nupkg"));

        // dotnet tool install --global <id> --add-source <dir>  →  … --tool-path <temp> --add-source <temp> --configfile …
        var installArgs = Replace(install.Skip(1).Where(a => a != "--global").ToList(), "--add-source", packages);
        installArgs.AddRange(["--tool-path", tools, "--configfile", temp.File("nuget.config")]);
        Run("dotnet", installArgs, temp.Path);

        string econ = Path.Combine(tools, OperatingSystem.IsWindows() ? "econ.exe" : "econ");
        string help = Run(econ, ["--help"], temp.Path);
        Assert.Contains("Exit codes: 0 ok, 2 bad input", help, StringComparison.Ordinal);
        Assert.Contains("montecarlo", help, StringComparison.Ordinal);
    }

    private static List<string> Replace(List<string> args, string option, string value)
    {
        int at = args.IndexOf(option);
        if (at >= 0 && at + 1 < args.Count)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        return args;
    }

    private string Run(string file, IReadOnlyList<string> args, string directory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {string.Join(' ', args)} did not finish in 5 minutes");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s, exit {process.ExitCode}: {file} {string.Join(' ', args)}");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}

using System.CommandLine;
using System.Diagnostics;
using Economics.Cli.Tests.Notebooks;
using Xunit.Abstractions;

namespace Economics.Cli.Tests.Docs;

/// <summary>
/// Issue 14: every command shown in the repository's markdown (README.md, notebooks/README.md, docs/…) and in every
/// <c>--help</c> Examples section is executed exactly as written and succeeds; an example marked
/// <c># exits N: message</c> (or <c>&lt;!-- exits N: message --&gt;</c> after an inline span) must fail that way.
/// The commands are extracted (<see cref="DocCommandExtractor"/>), never listed here, so a new example is tested as
/// soon as it is written. <c>econ</c> and <c>dotnet run --project src/Economics.Cli --</c> commands run in-process
/// through <see cref="EconCli.Run"/> with a sandbox of the repository as working directory (<see cref="DocSandbox"/>);
/// the other kinds are checked as <see cref="DocCommandKind"/> says.
/// </summary>
/// <remarks>In the notebook collection: notebook runs change the process's working directory, and so do these tests.</remarks>
[Collection(NotebookRuns.Name)]
public sealed class DocExamplesTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<DocCommand>> Found = new(() => [.. DocumentCommands(), .. DocCommandExtractor.FromHelp()]);

    // One test case per distinct command (the same example in the README and in a help text, or as econ … and as
    // dotnet run … -- …, runs once); its source names every place it is written.
    private static readonly Lazy<IReadOnlyDictionary<string, DocCommand>> All = new(() =>
        Found.Value.GroupBy(c => c.Kind == DocCommandKind.Econ ? "econ " + string.Join(' ', c.Args) + " " + c.ExpectedExitCode : c.Text, StringComparer.Ordinal)
            .Select(g => g.First() with { Source = string.Join(", ", g.Select(c => c.Source).Distinct(StringComparer.Ordinal)) })
            .ToDictionary(c => c.Id, StringComparer.Ordinal));

    public static TheoryData<string> Examples() => new(All.Value.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_documented_command_works_as_written(string example)
    {
        var command = All.Value[example];
        switch (command.Kind)
        {
            case DocCommandKind.Econ:
                Run(command);
                break;
            case DocCommandKind.Usage:
                CheckUsage(command);
                break;
            default:
                // dotnet test/build/pack/tool/run of another project: not re-run here (see DocCommandKind); what they
                // name must exist.
                if (DocCommandExtractor.ProjectOf(command.Args) is { } project)
                {
                    string full = Path.Combine(CliHarness.RepoRoot, project);
                    Assert.True(Directory.Exists(full) || File.Exists(full), $"{command.Id}: '{project}' does not exist");
                }

                output.WriteLine($"checked (not run: {command.Kind}): {command.Text}");
                break;
        }
    }

    [Fact]
    public void The_extractor_finds_the_commands_of_each_document_and_help_text()
    {
        var bySource = Found.Value.GroupBy(c => c.Source.Split(':')[0]).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (source, count) in bySource.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{source}: {count}");
        }

        Assert.True(bySource.GetValueOrDefault("README.md") >= 10, "README.md: too few commands found");
        Assert.True(bySource.GetValueOrDefault("notebooks/README.md") >= 2, "notebooks/README.md: too few commands found");
        Assert.Contains(Found.Value, c => c.Source == "econ breakeven --help" && c.ExpectedExitCode == 2);
        Assert.Contains(Found.Value, c => c.Kind == DocCommandKind.Usage);
        Assert.Contains(Found.Value, c => c.Kind == DocCommandKind.DotnetTest);
    }

    private static IEnumerable<DocCommand> DocumentCommands() =>
        DocCommandExtractor.MarkdownFiles(CliHarness.RepoRoot).SelectMany(file => DocCommandExtractor.FromMarkdown(
            Path.GetRelativePath(CliHarness.RepoRoot, file).Replace('\\', '/'), File.ReadAllText(file)));

    private void Run(DocCommand command)
    {
        using var sandbox = new DocSandbox(CliHarness.RepoRoot);
        string previous = Directory.GetCurrentDirectory();
        var saved = command.Environment.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        var clock = Stopwatch.StartNew();
        CliRun run;
        try
        {
            Directory.SetCurrentDirectory(sandbox.Root);
            foreach (var (name, value) in command.Environment)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            run = CliHarness.Run([.. command.Args.Select(sandbox.Redirect)]);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        output.WriteLine($"ran in {clock.Elapsed.TotalSeconds:0.0} s, exit {run.ExitCode}: {command.Text}");
        string all = run.Out + run.Error;
        Assert.True(run.ExitCode == command.ExpectedExitCode,
            $"{command.Id}\nexpected exit {command.ExpectedExitCode}, got {run.ExitCode}\n--- stdout\n{run.Out}\n--- stderr\n{run.Error}");
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        if (command.ExpectedMessage is { } message)
        {
            Assert.True(all.Contains(message, StringComparison.Ordinal), $"{command.Id}\nexpected the output to contain '{message}'\n--- stdout\n{run.Out}\n--- stderr\n{run.Error}");
        }
    }

    // A synopsis: the command it names exists, and so does every option it names (on that command or a parent).
    private void CheckUsage(DocCommand command)
    {
        using var sink = new StringWriter();
        Command current = EconCli.CreateRoot(CliConsole.ForWriters(sink, sink));
        var words = command.Args[0] == "econ" ? command.Args.Skip(1).ToList() : command.Args.SkipWhile(w => w != "--").Skip(1).ToList();
        var chain = new List<Command> { current };
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (current.Subcommands.FirstOrDefault(c => c.Name == word) is { } sub)
            {
                current = sub;
                chain.Add(sub);
            }
            else if (word == "|" && i + 1 < words.Count)
            {
                // "econ sensitivity | sweep | compare": each alternative is a sibling command.
                var parent = chain[^2];
                string alternative = words[++i];
                Assert.True(parent.Subcommands.Any(c => c.Name == alternative), $"{command.Id}: '{alternative}' is not a command");
            }
        }

        var options = chain.SelectMany(c => c.Options).SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (string word in words)
        {
            string option = word.TrimStart('[').Split('=', 2)[0].TrimEnd(']', '…', '.');
            if (option.StartsWith("--", StringComparison.Ordinal) && option.Length > 2)
            {
                Assert.True(options.Contains(option), $"{command.Id}: '{option}' is not an option of '{string.Join(' ', chain.Skip(1).Select(c => c.Name).Prepend("econ"))}'");
            }
        }

        output.WriteLine($"checked usage: {command.Text}");
    }
}

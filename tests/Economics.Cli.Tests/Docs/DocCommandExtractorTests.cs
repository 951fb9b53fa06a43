namespace Economics.Cli.Tests.Docs;

public sealed class DocCommandExtractorTests
{
    private const string Sample = """
        Run `econ run --set a.b=1` or `econ run [scenario] [--set path=value]…`; `econ` is the tool.
        A bad one: `econ validate --set x=1` <!-- exits 2: shares sum to 1.9 -->.

        ```bash
        dotnet run --project src/Economics.Cli -- run --out out/x   # the main job
        $ econ montecarlo --paths 10 # exits 2: no such thing
        ECON_FUZZ_CASES=5 dotnet test --filter Fuzz
        dotnet run -c Release --project tests/Economics.Benchmarks -- --filter '*'
        ```

        ```jsonc
        econ run   // not a shell block
        ```
        """;

    private static List<DocCommand> Commands() => [.. DocCommandExtractor.FromMarkdown("x.md", Sample)];

    [Fact]
    public void Finds_inline_and_fenced_commands_with_their_lines_and_skips_other_languages()
    {
        var commands = Commands();

        Assert.Equal(
            ["econ run --set a.b=1", "econ run [scenario] [--set path=value]…", "econ validate --set x=1",
             "dotnet run --project src/Economics.Cli -- run --out out/x", "econ montecarlo --paths 10",
             "ECON_FUZZ_CASES=5 dotnet test --filter Fuzz", "dotnet run -c Release --project tests/Economics.Benchmarks -- --filter '*'"],
            commands.Select(c => c.Text));
        Assert.Equal("x.md:1", commands[0].Source);
        Assert.Equal("x.md:5", commands[3].Source);
    }

    [Fact]
    public void Classifies_each_command()
    {
        var commands = Commands();

        Assert.Equal(
            [DocCommandKind.Econ, DocCommandKind.Usage, DocCommandKind.Econ, DocCommandKind.Econ, DocCommandKind.Econ,
             DocCommandKind.DotnetTest, DocCommandKind.DotnetRunOther],
            commands.Select(c => c.Kind));
        Assert.Equal(["run", "--out", "out/x"], commands[3].Args);
        Assert.Equal("5", commands[5].Environment["ECON_FUZZ_CASES"]);
        Assert.Equal("tests/Economics.Benchmarks", DocCommandExtractor.ProjectOf(commands[6].Args));
    }

    [Fact]
    public void Reads_exit_markers_in_comments_and_after_inline_spans()
    {
        var commands = Commands();

        Assert.Equal((0, (string?)null), (commands[0].ExpectedExitCode, commands[0].ExpectedMessage));
        Assert.Equal((2, "shares sum to 1.9"), (commands[2].ExpectedExitCode, commands[2].ExpectedMessage));
        Assert.Equal((2, "no such thing"), (commands[4].ExpectedExitCode, commands[4].ExpectedMessage));
        Assert.Equal(0, commands[3].ExpectedExitCode); // "# the main job" is a description, not a marker
    }

    [Theory]
    [InlineData("econ run --set cohorts[1].initialNodes=40", false)]
    [InlineData("econ run [scenario]", true)]
    [InlineData("econ <command> --help", true)]
    [InlineData("econ compare a.json b.json …", true)]
    [InlineData("econ sensitivity | sweep", true)]
    public void Tells_a_synopsis_from_a_command(string text, bool usage) =>
        Assert.Equal(usage, DocCommandExtractor.IsUsage(text));

    [Fact]
    public void Finds_the_examples_of_every_help_text_with_their_markers()
    {
        var help = DocCommandExtractor.FromHelp().ToList();

        Assert.Contains(help, c => c.Source == "econ --help" && c.Text == "econ run");
        Assert.Contains(help, c => c.Source == "econ notebook run --help" && c.Args[0] == "notebook");
        var failing = Assert.Single(help, c => c.Source == "econ validate --help" && c.ExpectedExitCode == 2);
        Assert.Equal("settlement.mix: shares sum to 1.9", failing.ExpectedMessage);
        Assert.Equal("econ validate --set settlement.mix.private=1", failing.Text);
    }

    [Fact]
    public void Shell_words_remove_quotes()
    {
        Assert.Equal(["--filter", "*", "a b"], ShellWords.Split("--filter '*' \"a b\""));
    }
}

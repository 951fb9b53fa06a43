namespace Economics.Cli.Tests.Commands;

public sealed class CommandLineTests
{
    public static TheoryData<string> Commands() => new(CommandNames());

    private static List<string> CommandNames()
    {
        using var sink = new StringWriter();
        return [.. EconCli.CreateRoot(CliConsole.ForWriters(sink, sink)).Subcommands.Select(command => command.Name)];
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_with_examples(string command)
    {
        var run = CliHarness.Run(command, "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains("econ " + command, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_knows_every_command_of_the_design()
    {
        var names = CommandNames().ToHashSet();

        Assert.Subset(names, new HashSet<string> { "run", "validate", "schema", "report", "montecarlo", "sensitivity", "sweep", "breakeven", "compare" });
    }

    [Fact]
    public void Root_help_lists_the_commands_and_the_exit_codes()
    {
        var run = CliHarness.Run("--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("validate", run.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 ok, 2 bad input", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("run", "a.json", "b.json")]
    public void Unknown_options_commands_and_extra_arguments_exit_2_with_a_hint(params string[] args)
    {
        var run = CliHarness.Run(args);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_error_exits_1_with_one_line_and_a_log_file_not_a_stack_trace()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandAction.Run(CliConsole.ForWriters(output, error), () => throw new InvalidOperationException("boom"));

        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains("internal error: InvalidOperationException: boom", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(CommandAction.ErrorLogFileName, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_log_is_a_new_private_file_and_never_follows_a_link_placed_in_the_temp_folder()
    {
        using var dir = new TempDirectory();
        string victim = dir.File("victim.txt");
        File.WriteAllText(victim, "another user's file");
        // The old fixed name, and a guess at the new one, as links to the victim.
        File.CreateSymbolicLink(dir.File("econ-error.log"), victim);

        string? log = CommandAction.WriteErrorLog(new InvalidOperationException("boom"), dir.Path);

        Assert.NotNull(log);
        Assert.StartsWith(dir.File(CommandAction.ErrorLogFileName), log, StringComparison.Ordinal);
        Assert.Contains("boom", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.Equal("another user's file", File.ReadAllText(victim));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log));
        }

        Assert.NotEqual(log, CommandAction.WriteErrorLog(new InvalidOperationException("again"), dir.Path));
    }
}

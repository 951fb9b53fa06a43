using System.Text.Json;

namespace Economics.Cli.Tests.Commands;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_committed_scenario_schema()
    {
        var run = CliHarness.Run("schema");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(File.ReadAllText(CliHarness.ScenarioFile("scenario.schema.json")), run.Out);
        using var schema = JsonDocument.Parse(run.Out);
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("token", out var token) && token.GetProperty("properties").TryGetProperty("pools", out _));
    }

    [Fact]
    public void Schema_out_writes_the_file()
    {
        using var dir = new TempDirectory();
        var run = CliHarness.Run("schema", "--out", dir.File("s.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(File.ReadAllText(CliHarness.ScenarioFile("scenario.schema.json")), File.ReadAllText(dir.File("s.json")));
    }
}

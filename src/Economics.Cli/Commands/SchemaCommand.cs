using System.CommandLine;
using Economics.Analysis.Output;
using Economics.Model.Loading;

namespace Economics.Cli.Commands;

/// <summary><c>econ schema [--out FILE]</c>: the JSON schema of scenario files (the one VS Code uses).</summary>
public static class SchemaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the schema to FILE instead of printing it.",
            HelpName = "FILE",
        };
        var command = new Command(
            "schema",
            "Print the JSON schema of scenario files: every field with its unit, range and baseline default. "
            + "data/scenarios/scenario.schema.json is this schema; a scenario that starts with "
            + "\"$schema\": \"./scenario.schema.json\" gets autocompletion and typo checks in VS Code.\n\n"
            + "Examples:\n"
            + "  econ schema\n"
            + "  econ schema --out my-scenarios/scenario.schema.json")
        {
            output,
        };
        command.SetAction(parse => CommandAction.Run(console, () =>
        {
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteAllText(path, ScenarioSchema.Json);
                console.ErrorWriter.WriteLine($"wrote {path}");
            }
            else
            {
                console.OutWriter.Write(ScenarioSchema.Json);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}

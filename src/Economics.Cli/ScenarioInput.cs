using Economics.Model.Loading;
using Economics.Model.Scenarios;

namespace Economics.Cli;

/// <summary>Turns a command's scenario argument and <c>--set</c> options into a validated scenario.</summary>
public static class ScenarioInput
{
    /// <summary>
    /// Loads <paramref name="path"/> (or the embedded baseline when null) with the overrides applied.
    /// Throws <see cref="InvalidScenarioException"/> listing every problem, or <see cref="CliInputException"/> for a
    /// file that does not exist or an override that is not <c>path=value</c>.
    /// </summary>
    public static Scenario Load(string? path, IReadOnlyList<string>? sets) =>
        Validated(TryLoad(path, sets));

    /// <summary>Like <see cref="Load"/> but returns the problems instead of throwing on scenario problems.</summary>
    public static ScenarioLoadResult TryLoad(string? path, IReadOnlyList<string>? sets) =>
        ScenarioLoader.TryLoad(Source(path), Overrides(sets));

    /// <summary>The scenario source a path names: a file, else a shipped scenario of that name (<c>fast-vesting</c>);
    /// the embedded baseline when null.</summary>
    public static ScenarioSource Source(string? path)
    {
        if (path is null)
        {
            return ScenarioSource.Baseline;
        }

        if (path.StartsWith('-'))
        {
            throw new CliInputException($"'{path}' is not an option of this command; see --help for the options.");
        }

        if (!File.Exists(path))
        {
            // A shipped scenario's name (econ run fast-vesting), when no file of that name is here: as a base names one.
            if (!Directory.Exists(path) && ShippedScenarios.IsName(path) && ScenarioSource.Shipped(path) is { } shipped)
            {
                return shipped;
            }

            // The help's examples name the repository's files (data/scenarios/x.json); outside it, the shipped copy is
            // one word away.
            string stem = Path.GetFileNameWithoutExtension(path);
            if (!Directory.Exists(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && ShippedScenarios.IsName(stem) && ScenarioSource.Shipped(stem) is not null)
            {
                throw new CliInputException($"scenario: file '{path}' does not exist here ({Directory.GetCurrentDirectory()}); a scenario named {stem} is shipped with econ: give its name alone, {stem}, instead of the path.");
            }

            throw new CliInputException(Directory.Exists(path)
                ? $"scenario: '{path}' is a directory; give a scenario JSON file."
                : ShippedScenarios.IsName(path)
                    ? $"scenario: file '{path}' does not exist, and no shipped scenario has that name ({string.Join(", ", ShippedScenarios.Names)})."
                    : $"scenario: file '{path}' does not exist.");
        }

        return ScenarioSource.FromFile(path);
    }

    /// <summary>Parses <c>path=value</c> overrides.</summary>
    public static IReadOnlyList<ScenarioOverride> Overrides(IReadOnlyList<string>? sets)
    {
        if (sets is null || sets.Count == 0)
        {
            return [];
        }

        var overrides = new List<ScenarioOverride>(sets.Count);
        foreach (var text in sets)
        {
            try
            {
                overrides.Add(ScenarioOverride.Parse(text) with { Text = "--set " + text });
            }
            catch (FormatException e)
            {
                throw new CliInputException($"--set: {e.Message}", e);
            }
        }

        return overrides;
    }

    private static Scenario Validated(ScenarioLoadResult result) =>
        result.Scenario ?? throw new InvalidScenarioException(result.Problems);
}

using System.Security.Cryptography;
using System.Text;

namespace Economics.Cli;

/// <summary>
/// The name a run's default output folder gets: the scenario's name, plus <c>+set-&lt;hash&gt;</c> when the run has
/// <c>--set</c> overrides, so a run with overrides never replaces the outputs of the scenario as written
/// (<c>out/baseline/</c> and <c>out/baseline+set-1a2b3c4d/</c>). The hash is the first 8 hex digits of the SHA-256 of
/// the overrides as given (each trimmed, one per line, in order); <c>summary.json</c> lists them.
/// </summary>
public static class OutputNames
{
    /// <summary>What separates the scenario's name from the hash of its overrides.</summary>
    public const string OverrideMarker = "+set-";

    /// <summary><paramref name="scenarioName"/>, or <c>&lt;name&gt;+set-&lt;hash&gt;</c> with overrides.</summary>
    public static string For(string scenarioName, IReadOnlyList<string>? overrides)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenarioName);
        return overrides is { Count: > 0 } ? scenarioName + OverrideMarker + Hash(overrides) : scenarioName;
    }

    /// <summary>The overrides as recorded: each trimmed, in the order given (none for null).</summary>
    public static IReadOnlyList<string> Normalized(IReadOnlyList<string>? overrides) =>
        overrides is null ? [] : [.. overrides.Select(o => o.Trim())];

    /// <summary>8 lowercase hex digits identifying a list of overrides.</summary>
    public static string Hash(IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Normalized(overrides))));
        return Convert.ToHexStringLower(digest.AsSpan(0, 4));
    }
}

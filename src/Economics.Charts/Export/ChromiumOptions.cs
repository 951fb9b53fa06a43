namespace Economics.Charts.Export;

/// <summary>How PNG/SVG export starts Chromium. The browser is never downloaded: only the configured executable
/// is used.</summary>
public sealed record ChromiumOptions
{
    /// <summary>Debian's Chromium (<c>apt-get install -y chromium</c>).</summary>
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    /// <summary>Environment variable that overrides <see cref="DefaultExecutablePath"/>.</summary>
    public const string ExecutablePathVariable = "ECON_CHROMIUM";

    /// <summary>The default options: <see cref="ExecutablePathVariable"/> if set, else <see cref="DefaultExecutablePath"/>.</summary>
    public static ChromiumOptions Default => new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable(ExecutablePathVariable) is { Length: > 0 } p ? p : DefaultExecutablePath,
    };

    /// <summary>Path of the Chromium executable.</summary>
    public string ExecutablePath { get; init; } = DefaultExecutablePath;

    /// <summary>Chromium's sandbox cannot run as root (containers, CI): <c>--no-sandbox</c>. Default true.</summary>
    public bool NoSandbox { get; init; } = true;

    /// <summary>Time allowed to start the browser or render one chart. Unit: ms. Default 60 000.</summary>
    public int TimeoutMilliseconds { get; init; } = 60_000;
}

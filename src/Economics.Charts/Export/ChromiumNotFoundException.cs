namespace Economics.Charts.Export;

/// <summary>PNG/SVG export needs Chromium and it is not installed where configured. The message is one line with
/// the install command.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    /// <summary>Creates the exception for <paramref name="executablePath"/>.</summary>
    public ChromiumNotFoundException(string executablePath)
        : base($"Chromium not found at {executablePath}; install it with apt-get install -y chromium") =>
        ExecutablePath = executablePath;

    /// <summary>Creates the exception for the default path.</summary>
    public ChromiumNotFoundException()
        : this(ChromiumOptions.DefaultExecutablePath)
    {
    }

    /// <summary>Creates the exception with a custom message.</summary>
    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message, innerException) => ExecutablePath = ChromiumOptions.DefaultExecutablePath;

    /// <summary>Where Chromium was looked for.</summary>
    public string ExecutablePath { get; }
}

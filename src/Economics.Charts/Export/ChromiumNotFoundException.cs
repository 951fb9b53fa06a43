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

    private ChromiumNotFoundException(string executablePath, string message, Exception innerException)
        : base(message, innerException) => ExecutablePath = executablePath;

    /// <summary>Chromium is at <paramref name="executablePath"/> but did not start (not a browser, a broken install, a
    /// wrong <c>ECON_CHROMIUM</c>): reported as one line, as when it is missing.</summary>
    internal static ChromiumNotFoundException DidNotStart(string executablePath, Exception innerException) =>
        new(executablePath, $"Chromium at {executablePath} did not start ({FirstLine(innerException.Message)}); set {ChromiumOptions.ExecutablePathVariable} to a working Chromium or install it with apt-get install -y chromium", innerException);

    /// <summary>Where Chromium was looked for.</summary>
    public string ExecutablePath { get; }

    private static string FirstLine(string text)
    {
        string line = text.Split('\n', 2)[0].Trim();
        return line.Length <= MaxReasonLength ? line : line[..MaxReasonLength] + "…";
    }

    private const int MaxReasonLength = 120;
}

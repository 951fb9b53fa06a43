using System.Globalization;

namespace Economics.Notebooks;

/// <summary>What <c>notebooks/_setup.dib</c> reports once the package is loaded: where it came from, when it was
/// built and what draws the charts (a notebook's first code cell shows it).</summary>
public static class NotebookSetup
{
    /// <summary>The sentence the setup cell fails with when the build output is missing.</summary>
    public const string NotBuilt = "The Economics package is not built: run `dotnet build` at the repository root first, then restart the kernel.";

    /// <summary>One line: the package's folder and build time, and the chart libraries as loaded (this loads the
    /// isolated chart context, so a problem with it shows in the setup cell rather than in the first chart).</summary>
    public static string Loaded()
    {
        string assembly = typeof(NotebookSetup).Assembly.Location;
        string built = File.GetLastWriteTimeUtc(assembly).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return $"Economics package from {Path.GetDirectoryName(assembly)} (built {built}); charts: {ChartLibrary.Versions}.";
    }
}

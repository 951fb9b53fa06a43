using System.Collections.Concurrent;
using System.Diagnostics;

namespace Economics.Cli.Tests.Notebooks.RealKernel;

/// <summary>
/// One real-kernel run per notebook per test process, shared by the tests that look at it. The first request starts
/// them all, at most <see cref="Parallelism"/> kernels at a time (<c>ECON_KERNEL_PARALLEL</c>, default 2: a kernel
/// is mostly one busy thread), so the notebooks' runs overlap with each other and with the tests that wait for them.
/// </summary>
internal static class RealKernelRuns
{
    /// <summary>The longest one cell may take (kernel start and the first chart's load included).</summary>
    public static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(5);

    private static readonly ConcurrentDictionary<string, Lazy<Task<RealKernelRun>>> Runs = new(StringComparer.Ordinal);
    private static readonly Lazy<Task> Restore = new(RestoreToolAsync);
    private static readonly Lazy<SemaphoreSlim> Slots = new(() => new SemaphoreSlim(Parallelism));
    private static int _started;

    public static int Parallelism =>
        int.TryParse(Environment.GetEnvironmentVariable("ECON_KERNEL_PARALLEL"), out int n) && n > 0 ? n : 2;

    /// <summary>Restores the pinned kernel tool (once per process).</summary>
    public static Task EnsureToolAsync() => Restore.Value;

    /// <summary>The run of <paramref name="notebook"/> (a file name in notebooks/).</summary>
    public static Task<RealKernelRun> Of(string notebook)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            foreach (string other in NotebookFiles.All())
            {
                _ = Get(other).Value;
            }
        }

        return Get(notebook).Value;
    }

    private static Lazy<Task<RealKernelRun>> Get(string notebook) =>
        Runs.GetOrAdd(notebook, n => new Lazy<Task<RealKernelRun>>(() => RunAsync(n)));

    private static async Task<RealKernelRun> RunAsync(string notebook)
    {
        await Restore.Value.ConfigureAwait(false);
        await Slots.Value.WaitAsync().ConfigureAwait(false);
        try
        {
            return await RealKernelRun.RunAsync(Path.Combine(RepoPaths.Notebooks, notebook), CellTimeout).ConfigureAwait(false);
        }
        finally
        {
            Slots.Value.Release();
        }
    }

    // As .ci/run and the README do: the pinned kernel from .config/dotnet-tools.json (a no-op once restored).
    private static async Task RestoreToolAsync()
    {
        var start = new ProcessStartInfo("dotnet", "tool restore")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false) + await process.StandardError.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool restore failed: {output}");
        }
    }
}

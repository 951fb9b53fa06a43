using System.Collections.Concurrent;
using Economics.Cli.Notebooks;

namespace Economics.Cli.Tests.Notebooks;

/// <summary>One in-process run (the runner of <c>econ notebook run</c>) per notebook per test process, shared by the
/// tests that look at it. Runs are serialized by the runner (they set the working directory).</summary>
internal static class InProcessRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRunResult>>> Runs = new(StringComparer.Ordinal);

    public static Task<NotebookRunResult> Of(string notebook) =>
        Runs.GetOrAdd(notebook, n => new Lazy<Task<NotebookRunResult>>(() => NotebookRunner.RunAsync(new NotebookRunOptions
        {
            NotebookPath = Path.Combine(RepoPaths.Notebooks, n),
        }))).Value;
}

namespace Economics.Analysis.Output;

/// <summary>
/// Process-wide cancellation of output writing (SIGINT, SIGTERM). <see cref="Cancel"/> deletes every temporary file
/// and staging folder in progress and makes every later move into place throw <see cref="OperationCanceledException"/>;
/// moves into place and cancellation exclude each other, so an output is either completely in place or untouched.
/// </summary>
public static class OutputCancellation
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Pending = new(StringComparer.Ordinal);
    private static readonly CancellationTokenSource Source = new();

    /// <summary>Cancelled by <see cref="Cancel"/>; long computations (Monte Carlo, sweeps) stop on it.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>True once <see cref="Cancel"/> was called.</summary>
    public static bool IsCancellationRequested => Source.IsCancellationRequested;

    /// <summary>Cancels: deletes the temporary outputs in progress, refuses later moves into place, cancels <see cref="Token"/>.
    /// Safe to call from a signal handler, more than once.</summary>
    public static void Cancel()
    {
        lock (Gate)
        {
            if (Source.IsCancellationRequested)
            {
                return;
            }

            Source.Cancel();
            foreach (string path in Pending)
            {
                TryDelete(path);
            }

            Pending.Clear();
        }
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public static void ThrowIfCancellationRequested() => Source.Token.ThrowIfCancellationRequested();

    /// <summary>Records a temporary file or folder, deleted by <see cref="Cancel"/> until the returned handle is disposed.</summary>
    internal static IDisposable Track(string path)
    {
        lock (Gate)
        {
            ThrowIfCancellationRequested();
            Pending.Add(path);
        }

        return new Tracked(path);
    }

    /// <summary>Runs <paramref name="move"/> (a move into place) unless cancelled; cancellation waits for it.</summary>
    internal static void Commit(Action move)
    {
        lock (Gate)
        {
            ThrowIfCancellationRequested();
            move();
        }
    }

    private static void Untrack(string path)
    {
        lock (Gate)
        {
            Pending.Remove(path);
        }
    }

    internal static void TryDelete(string path)
    {
        try
        {
            if (NativeFileSystem.KindOf(path) == PathKind.Directory)
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Best effort: temporary names are hidden and recognisable, and the next run removes them.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private sealed class Tracked(string path) : IDisposable
    {
        public void Dispose() => Untrack(path);
    }
}

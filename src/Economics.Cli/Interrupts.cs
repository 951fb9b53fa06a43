using System.Runtime.InteropServices;
using Economics.Analysis.Output;

namespace Economics.Cli;

/// <summary>
/// The process's signal handling. SIGINT (Ctrl+C) and SIGTERM cancel the run: the temporary outputs in progress are
/// deleted at once and no output is moved into place afterwards (<see cref="OutputCancellation"/>); the command stops
/// at its next check and prints "cancelled" (exit 130); one that does not stop within <see cref="GracePeriod"/> is ended
/// with the same message and code. SIGXFSZ (a file-size limit, <c>ulimit -f</c>) is ignored, so the write that passes
/// the limit fails with "File too large" and is reported as a write error instead of killing the process silently.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    /// <summary>How long a cancelled command may take to stop by itself.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    // Linux and macOS number SIGXFSZ 25; PosixSignal takes raw numbers on Unix.
    private const int FileSizeLimitSignal = 25;

    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly TextWriter _error;

    private Interrupts(TextWriter error) => _error = error;

    /// <summary>Installs the handlers for this process; dispose to remove them.</summary>
    public static Interrupts Install(TextWriter error)
    {
        var interrupts = new Interrupts(error);
        interrupts._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, interrupts.Cancel));
        interrupts._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, interrupts.Cancel));
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                interrupts._registrations.Add(PosixSignalRegistration.Create((PosixSignal)FileSizeLimitSignal, context => context.Cancel = true));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException)
            {
                // Then the kernel's default stays: the process ends at the limit (the previous outputs are still intact).
            }
        }

        return interrupts;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Cancel(PosixSignalContext context)
    {
        context.Cancel = true;
        OutputCancellation.Cancel();
        _ = Task.Delay(GracePeriod).ContinueWith(
            _ =>
            {
                _error.WriteLine(CommandAction.CancelledMessage);
                _error.Flush();
                Environment.Exit(ExitCodes.Cancelled);
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }
}

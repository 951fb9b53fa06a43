using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Economics.Cli;

/// <summary>
/// Work that can take longer than a moment, shown on a terminal (<see cref="CliConsole.IsInteractive"/>) on the error
/// console: a progress bar with the count and the rate when the amount of work is known, a spinner with the elapsed
/// time when it is not. Both are cleared when the work is done; without a terminal (a file, a pipe, CI, a test) the
/// work just runs.
/// </summary>
public static class LongWork
{
    /// <summary>Runs <paramref name="work"/>, which reports how many of <paramref name="total"/> items are done.</summary>
    public static T WithProgress<T>(CliConsole console, string what, int total, Func<IProgress<int>?, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.IsInteractive)
        {
            return work(null);
        }

        T result = default!;
        console.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(what, maxValue: Math.Max(total, 1));
                var clock = Stopwatch.StartNew();
                var progress = new LatestProgress(done =>
                {
                    task.Value = done;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{what}: {done:N0}/{total:N0}, {done / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):N0}/s");
                });
                result = work(progress);
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Runs <paramref name="work"/> of unknown length under a spinner naming it.</summary>
    public static T WithStatus<T>(CliConsole console, string what, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.IsInteractive)
        {
            return work();
        }

        return console.Error.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(what) + " …", _ => work());
    }

    /// <summary>Passes on the largest count reported (parallel workers report out of order).</summary>
    private sealed class LatestProgress(Action<int> report) : IProgress<int>
    {
        private readonly Lock _gate = new();
        private int _latest;

        public void Report(int value)
        {
            lock (_gate)
            {
                if (value > _latest)
                {
                    _latest = value;
                    report(value);
                }
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economics.Cli.Tests.Notebooks.RealKernel;

/// <summary>
/// The real notebook kernel — the <c>Microsoft.dotnet-interactive</c> tool pinned in <c>.config/dotnet-tools.json</c>
/// — driven as VS Code's Polyglot Notebooks drives it: <c>dotnet-interactive stdio</c>, one JSON command per line on
/// stdin (<c>SubmitCode</c>), JSON events on stdout, matched to the command by token (a child command's token
/// extends its parent's: <c>c4.2</c>).
/// </summary>
internal sealed class StdioKernel : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private readonly Task _reader;
    private int _next;

    private StdioKernel(Process process)
    {
        _process = process;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Starts a kernel whose working directory is <paramref name="workingDirectory"/> (a notebook's folder,
    /// as VS Code starts it), inside the repository so <c>dotnet tool run</c> finds the tool manifest.</summary>
    public static StdioKernel Start(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--default-kernel", "csharp" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet-interactive did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new StdioKernel(process);
    }

    /// <summary>Submits <paramref name="code"/> as one cell and collects its outputs until the command completes.</summary>
    /// <exception cref="TimeoutException">The cell did not complete within <paramref name="timeout"/>.</exception>
    public async Task<KernelCell> SubmitAsync(string code, TimeSpan timeout)
    {
        string token = "c" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pending = new Pending();
        _pending[token] = pending;
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" },
        };
        var clock = Stopwatch.StartNew();
        await _process.StandardInput.WriteLineAsync(envelope.ToJsonString()).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        var done = await Task.WhenAny(pending.Completed.Task, Task.Delay(timeout)).ConfigureAwait(false);
        _pending.TryRemove(token, out _);
        if (done != pending.Completed.Task)
        {
            throw new TimeoutException($"the kernel did not complete the cell within {timeout.TotalSeconds:F0} s");
        }

        string? failure = await pending.Completed.Task.ConfigureAwait(false);
        lock (pending.Outputs)
        {
            return new KernelCell([.. pending.Outputs], failure ?? pending.Errors.FirstOrDefault(), clock.Elapsed);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().ConfigureAwait(false);
            await _reader.ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (!line.StartsWith('{'))
            {
                continue; // the tool's banner
            }

            JsonNode? json;
            try
            {
                json = JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }

            string? token = (string?)json?["command"]?["token"];
            string? type = (string?)json?["eventType"];
            if (token is null || type is null)
            {
                continue;
            }

            string root = token.Split('.')[0];
            if (!_pending.TryGetValue(root, out var pending))
            {
                continue;
            }

            var e = json!["event"];
            switch (type)
            {
                case "CommandSucceeded" when token == root:
                    pending.Completed.TrySetResult(null);
                    break;
                case "CommandFailed" when token == root:
                    pending.Completed.TrySetResult((string?)e?["message"] ?? "failed");
                    break;
                case "ErrorProduced":
                    pending.Errors.Add((string?)e?["message"] ?? "error");
                    break;
                case "ReturnValueProduced" or "DisplayedValueProduced" or "StandardOutputValueProduced" or "StandardErrorValueProduced":
                    lock (pending.Outputs)
                    {
                        pending.Outputs.Add(new KernelOutput(type, (string?)e?["valueId"], Values(e)));
                    }

                    break;
                case "DisplayedValueUpdated":
                    lock (pending.Outputs)
                    {
                        string? id = (string?)e?["valueId"];
                        int at = pending.Outputs.FindIndex(o => o.ValueId is not null && o.ValueId == id);
                        if (at >= 0)
                        {
                            pending.Outputs[at] = pending.Outputs[at] with { Values = Values(e) };
                        }
                    }

                    break;
            }
        }

        foreach (var pending in _pending.Values)
        {
            pending.Completed.TrySetResult("the kernel process exited");
        }
    }

    private static Dictionary<string, string> Values(JsonNode? e)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in e?["formattedValues"]?.AsArray() ?? [])
        {
            if ((string?)v?["mimeType"] is { } mime && !values.ContainsKey(mime))
            {
                values[mime] = (string?)v["value"] ?? string.Empty;
            }
        }

        return values;
    }

    private sealed class Pending
    {
        public TaskCompletionSource<string?> Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<KernelOutput> Outputs { get; } = [];

        public ConcurrentBag<string> Errors { get; } = [];
    }
}

using System.CommandLine;
using System.Globalization;
using Economics.Analysis.Output;
using Economics.Cli.Notebooks;
using Spectre.Console;

namespace Economics.Cli.Commands;

/// <summary>
/// <c>econ notebook run &lt;notebook&gt; [--set k=v]… [--out executed.ipynb]</c>: executes a notebook headless with
/// parameter overrides (as papermill does for Jupyter) and writes the executed notebook with its outputs.
/// </summary>
public static class NotebookCommand
{
    /// <summary>Where the executed notebook goes when <c>--out</c> is not given.</summary>
    public const string DefaultOutDirectory = "out/notebooks";

    /// <summary>Builds the command (<c>notebook</c> with its <c>run</c> sub-command).</summary>
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new Command("notebook", "Work with the Polyglot notebooks in notebooks/.")
        {
            CreateRun(console),
        };
    }

    private static Command CreateRun(CliConsole console)
    {
        var notebook = new Argument<string>("notebook")
        {
            Description = "The .ipynb to execute, e.g. notebooks/00-quickstart.ipynb.",
        };
        var set = new Option<string[]>("--set", "-s")
        {
            Description = "Override a parameter: a variable of the notebook's parameters cell (scenarioPath=../data/scenarios/x.json, relative to the notebook's folder) "
                + "or a scenario field by its JSON path (token.pools[0].stopMonth=12), appended to the notebook's overrides. "
                + "Injected as a cell after the parameters cell. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "name=value",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"Where to write the executed notebook (default {DefaultOutDirectory}/<notebook name>.ipynb or .html). "
                + "Written atomically, also when a cell fails (outputs up to the failing cell). With --format ipynb,html the "
                + "page goes next to it, with the extension .html.",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "What to write: ipynb (the executed notebook), html (one self-contained page: narrative, tables, "
                + "charts, plotly.js inline, opens offline), or both: ipynb,html.",
            DefaultValueFactory = _ => "ipynb",
            HelpName = "ipynb|html",
        };
        var command = new Command(
            "run",
            "Execute a notebook headless: every cell in order, stopping at the first failing cell, with --set overrides "
            + "injected after its parameters cell; then write the executed notebook with its outputs (charts as HTML).\n"
            + "The package's assemblies are this econ's own (the notebook's #r lines to the build output are redirected).\n\n"
            + "Examples:\n"
            + "  econ notebook run notebooks/00-quickstart.ipynb --set token.pools[0].stopMonth=12 --out out/q.ipynb\n"
            + "  econ notebook run notebooks/03-operator-viability.ipynb --set scenarioPath=../data/scenarios/mev-heavy.json --format html\n\n"
            + "Parameter values are data: each is read as a value of the type its variable declares (int, double, bool, "
            + "string, string[]) and a value that is not one is an error naming the parameter.\n"
            + "Exit codes: 0 every cell ran; 2 bad input (a --set value, a scenario problem or a missing file, also when a "
            + "cell reports it); 1 a cell failed otherwise (its number and message are printed).")
        {
            notebook,
            set,
            output,
            format,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CommandAction.Run(console, () =>
        {
            string path = parse.GetValue(notebook)!;
            if (!File.Exists(path))
            {
                throw new CliInputException($"notebook not found: {path}");
            }

            CheckNotebookFile(path);

            var parameters = Parameters(parse.GetValue(set));
            var (ipynb, html) = Formats(parse.GetValue(format));
            string stem = Path.GetFileNameWithoutExtension(path);
            string? outPath = parse.GetValue(output);
            string? notebookOut = ipynb ? outPath ?? Path.Combine(DefaultOutDirectory, stem + ".ipynb") : null;
            string? htmlOut = html ? (ipynb && outPath is not null ? Path.ChangeExtension(outPath, ".html") : outPath ?? Path.Combine(DefaultOutDirectory, stem + ".html")) : null;
            NotebookRunResult result;
            try
            {
                result = LongWork.WithStatus(console, $"running {Path.GetFileName(path)}", () => NotebookRunner.RunAsync(
                    new NotebookRunOptions { NotebookPath = path, Parameters = parameters, OutputPath = notebookOut, HtmlPath = htmlOut },
                    cancellationToken).GetAwaiter().GetResult());
            }
            catch (ArgumentException e)
            {
                throw new CliInputException(ArgumentMessage.Of(e), e);
            }
            catch (InvalidDataException e)
            {
                throw new CliInputException(e.Message, e);
            }

            int codeCells = result.Cells.Count(c => c.IsCode);
            if (result.Failure is { } failure)
            {
                console.Error.MarkupLine($"[red]error:[/] {Markup.Escape(failure.ToString())}");
            }
            else
            {
                console.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"ran {codeCells} code cells of {Markup.Escape(result.Notebook)} in {result.Elapsed.TotalSeconds:F1} s"));
            }

            foreach (string? written in new[] { result.ExecutedPath, result.HtmlPath })
            {
                if (written is not null)
                {
                    console.Out.MarkupLine($"wrote [link]{Markup.Escape(written)}[/]");
                }
            }

            return result.Failure switch
            {
                null => ExitCodes.Ok,
                { IsBadInput: true } => ExitCodes.BadInput,
                _ => ExitCodes.InternalError,
            };
        })));
        return command;
    }

    /// <summary>Largest notebook accepted. Unit: bytes (16 MiB, as for scenario files).</summary>
    public const long MaxNotebookBytes = 16 * 1024 * 1024;

    // Bounded before it is read: a device or a pipe (/dev/zero, /dev/urandom) never ends and reports no size, so only a
    // regular file within the limit is handed to the runner.
    private static void CheckNotebookFile(string path)
    {
        string real = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        if (OutputPath.KindOf(real) != PathKind.RegularFile)
        {
            throw new CliInputException($"notebook: '{path}' is not a regular file; give a .ipynb file");
        }

        var info = new FileInfo(real);
        if (info.Length > MaxNotebookBytes)
        {
            throw new CliInputException($"notebook: '{path}' is {info.Length} bytes; a notebook may hold at most {MaxNotebookBytes} (16 MiB)");
        }
    }

    private static (bool Ipynb, bool Html) Formats(string? value)
    {
        var names = (value ?? "ipynb").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => n is not ("ipynb" or "html")).ToList();
        if (unknown.Count > 0 || names.Length == 0)
        {
            throw new CliInputException($"--format: unknown format '{string.Join(",", unknown)}'; use ipynb, html or ipynb,html");
        }

        return (names.Contains("ipynb"), names.Contains("html"));
    }

    private static List<NotebookParameter> Parameters(string[]? values)
    {
        var parameters = new List<NotebookParameter>();
        foreach (string value in values ?? [])
        {
            try
            {
                parameters.Add(NotebookParameter.Parse(value));
            }
            catch (FormatException e)
            {
                throw new CliInputException($"--set: {e.Message}", e);
            }
        }

        return parameters;
    }
}

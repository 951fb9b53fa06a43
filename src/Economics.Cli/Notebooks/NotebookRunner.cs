using System.Diagnostics;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Economics.Analysis.Output;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;
using KernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace Economics.Cli.Notebooks;

/// <summary>
/// Runs a Polyglot notebook headless, in process: parses the <c>.ipynb</c>, starts a C# kernel (with
/// <c>#r "nuget:"</c> and the packages' kernel extensions, so Plotly.NET charts format as HTML), runs the code
/// cells in order, stops at the first failing cell, collects each cell's outputs, and writes the executed notebook.
/// </summary>
/// <remarks>
/// <para>Paths: the process's working directory is the notebook's folder while it runs (as in VS Code), so relative
/// paths in cells (<c>../data/scenarios/x.json</c>) mean the same thing in both. Runs are therefore serialized
/// within a process. <c>#r "path.dll"</c> resolves against the folder of the file holding the cell, then is
/// redirected to <see cref="NotebookRunOptions.AssemblyDirectory"/> when that folder has the same file.</para>
/// <para><c>#!import file</c> lines are expanded by the runner (the imported file's code cells run first, with the
/// same path handling), which is what VS Code's <c>#!import</c> does.</para>
/// <para>Cell numbers are 1-based positions among all cells of the file, markdown included.</para>
/// </remarks>
public static partial class NotebookRunner
{
    private const string CSharp = "csharp";
    private const string Markdown = "markdown";

    // The working directory is process-wide: one notebook at a time.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The kernels a notebook may name (C# code and markdown).</summary>
    public static KernelInfoCollection Kernels()
    {
        var kernels = new KernelInfoCollection
        {
            new KernelInfo(CSharp, "C#", ["c#", "C#", "cs"]),
            new KernelInfo(Markdown, "Markdown", ["md"]),
        };
        kernels.DefaultKernelName = CSharp;
        return kernels;
    }

    /// <summary>Reads a notebook (<c>.ipynb</c> or <c>.dib</c>).</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">The file is not a notebook (the message names it).</exception>
    public static InteractiveDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"notebook not found: {path}", path);
        }

        using var stream = File.OpenRead(path);
        try
        {
            return Path.GetExtension(path).Equals(".dib", StringComparison.OrdinalIgnoreCase)
                ? CodeSubmission.Read(stream, Kernels())
                : Notebook.Read(stream, Kernels());
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not a readable notebook: not valid JSON at {Model.Loading.JsonErrorText.Describe(e)}", e);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not a readable notebook: {e.Message}", e);
        }
    }

    /// <summary>Runs the notebook. Cell failures are reported in the result; bad options throw.</summary>
    /// <exception cref="FileNotFoundException">The notebook does not exist.</exception>
    /// <exception cref="ArgumentException">Parameters were given but the notebook has no parameters cell, or a
    /// parameter names nothing the parameters cell declares.</exception>
    public static async Task<NotebookRunResult> RunAsync(NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        string path = Path.GetFullPath(options.NotebookPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"notebook not found: {options.NotebookPath}", path);
        }

        string name = Path.GetFileName(path);
        string folder = Path.GetDirectoryName(path)!;
        var document = Read(path);
        var elements = document.Elements.ToList();
        var (parametersIndex, injected) = Injection(name, elements, options.Parameters);

        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        string previousDirectory = Directory.GetCurrentDirectory();
        var clock = Stopwatch.StartNew();
        try
        {
            Directory.SetCurrentDirectory(folder);

            // Formatters are process-wide: start each run from the defaults, as a fresh kernel process would.
            Formatter.ResetToDefault();
            LoadHostPackage(options);
            using var kernel = CreateKernel();
            var cells = new List<NotebookCellResult>();
            var executed = new List<InteractiveDocumentElement>();
            NotebookCellFailure? failure = null;
            int order = 0;
            for (int i = 0; i < elements.Count && failure is null; i++)
            {
                var element = elements[i];
                (failure, var cell, var done) = await RunElementAsync(kernel, name, folder, i + 1, element, isInjected: false, options, ++order, cancellationToken).ConfigureAwait(false);
                cells.Add(cell);
                executed.Add(done);
                if (failure is null && i == parametersIndex && injected is not null)
                {
                    var injectedElement = new InteractiveDocumentElement(injected, CSharp) { Id = NotebookParameters.InjectedTag };
                    injectedElement.Metadata ??= new Dictionary<string, object>();
                    injectedElement.Metadata["tags"] = new[] { NotebookParameters.InjectedTag };
                    (failure, cell, done) = await RunElementAsync(kernel, name, folder, i + 1, injectedElement, isInjected: true, options, ++order, cancellationToken).ConfigureAwait(false);
                    cells.Add(cell);
                    executed.Add(done);
                }
            }

            // Cells after a failure are kept, unexecuted, so the written notebook is the whole notebook.
            executed.AddRange(elements.Skip(cells.Count(c => !c.IsInjected)));
            string? written = null;
            if (options.OutputPath is { } output)
            {
                written = Path.GetFullPath(output, previousDirectory);
                Write(document, executed, written);
            }

            string? page = null;
            if (options.HtmlPath is { } html)
            {
                page = Path.GetFullPath(html, previousDirectory);
                AtomicFile.WriteAllText(page, NotebookHtmlPage.Build(Path.GetFileNameWithoutExtension(name), executed));
            }

            return new NotebookRunResult(name, cells, failure, clock.Elapsed, written) { HtmlPath = page };
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            OneAtATime.Release();
        }
    }

    private static (int Index, string? Code) Injection(string name, List<InteractiveDocumentElement> elements, IReadOnlyList<NotebookParameter> parameters)
    {
        int index = elements.FindIndex(e => e.KernelName != Markdown && NotebookParameters.IsParametersCell(e.Contents ?? string.Empty, Tags(e)));
        if (parameters.Count == 0)
        {
            return (index, null);
        }

        if (index < 0)
        {
            throw new ArgumentException($"{name} has no parameters cell (a code cell starting with '{NotebookParameters.Marker}' or tagged '{NotebookParameters.Tag}'), so --set has nothing to override", nameof(parameters));
        }

        return NotebookParameters.TryInject(elements[index].Contents, parameters, out string code, out string error)
            ? (index, code)
            : throw new ArgumentException($"{name}: {error}", nameof(parameters));
    }

    private static IEnumerable<string> Tags(InteractiveDocumentElement element)
    {
        if (element.Metadata is null || !element.Metadata.TryGetValue("tags", out object? tags) || tags is null)
        {
            return [];
        }

        return tags switch
        {
            IEnumerable<string> strings => strings,
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } json => json.EnumerateArray().Select(t => t.ToString()),
            System.Collections.IEnumerable items => items.Cast<object?>().Select(t => t?.ToString() ?? string.Empty),
            _ => [],
        };
    }

    private static async Task<(NotebookCellFailure? Failure, NotebookCellResult Cell, InteractiveDocumentElement Executed)> RunElementAsync(
        CompositeKernel kernel, string name, string folder, int number, InteractiveDocumentElement element, bool isInjected,
        NotebookRunOptions options, int order, CancellationToken cancellationToken)
    {
        string kind = element.KernelName ?? CSharp;
        string contents = element.Contents ?? string.Empty;
        var executed = new InteractiveDocumentElement(contents, kind) { Id = element.Id, Metadata = element.Metadata };
        if (kind == Markdown)
        {
            return (null, new NotebookCellResult(number, kind, isInjected, [], TimeSpan.Zero), executed);
        }

        var clock = Stopwatch.StartNew();
        var outputs = new List<NotebookOutput>();
        string? error = null;
        bool badInput = false;
        List<(string Code, string? Origin)> submissions;
        try
        {
            submissions = Expand(contents, folder, options.AssemblyDirectory, depth: 0).ToList();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            // A missing or unreadable #!import is the cell's failure, as it would be in VS Code.
            submissions = [];
            error = $"#!import: {e.Message}";
            badInput = true;
            executed.Outputs.Add(new ErrorElement(error, "Error", []));
        }

        foreach (var (code, origin) in submissions)
        {
            var result = await kernel.SendAsync(new SubmitCode(code, CSharp), cancellationToken).ConfigureAwait(false);
            (error, badInput) = Collect(result, order, outputs, executed.Outputs);
            if (error is not null)
            {
                error = origin is null ? error : $"in {origin}: {error}";
                break;
            }
        }

        executed.ExecutionOrder = order;
        var cell = new NotebookCellResult(number, kind, isInjected, outputs, clock.Elapsed);
        return (error is null ? null : new NotebookCellFailure(name, number, isInjected, error) { IsBadInput = badInput }, cell, executed);
    }

    // The code submissions of one cell: the code cells of any #!import'ed file first, then the cell itself,
    // each with #r paths resolved. Origin names an imported file (null for the cell itself).
    private static IEnumerable<(string Code, string? Origin)> Expand(string contents, string folder, string? assemblyDirectory, int depth)
    {
        const int MaxImportDepth = 8;
        var own = new StringBuilder();
        foreach (string line in contents.Split('\n'))
        {
            var import = ImportPattern().Match(line);
            if (!import.Success)
            {
                own.Append(line).Append('\n');
                continue;
            }

            string importPath = Path.GetFullPath(import.Groups["path"].Value.Trim('"'), folder);
            if (depth >= MaxImportDepth)
            {
                throw new InvalidOperationException($"#!import is nested deeper than {MaxImportDepth} at {importPath}");
            }

            var imported = Read(importPath);
            string importFolder = Path.GetDirectoryName(importPath)!;
            foreach (var cell in imported.Elements.Where(e => e.KernelName != Markdown))
            {
                foreach (var (code, origin) in Expand(cell.Contents ?? string.Empty, importFolder, assemblyDirectory, depth + 1))
                {
                    yield return (code, origin ?? Path.GetFileName(importPath));
                }
            }
        }

        yield return (ResolveReferences(own.ToString().TrimEnd('\n'), folder, assemblyDirectory), null);
    }

    /// <summary>Rewrites each <c>#r "path.dll"</c> (not <c>nuget:</c>) to an absolute path: resolved against
    /// <paramref name="folder"/>, then redirected to <paramref name="assemblyDirectory"/> when it has that file.</summary>
    public static string ResolveReferences(string code, string folder, string? assemblyDirectory)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(folder);
        return ReferencePattern().Replace(code, m =>
        {
            string full = Path.GetFullPath(m.Groups["path"].Value, folder);
            if (assemblyDirectory is not null)
            {
                string host = Path.Combine(assemblyDirectory, Path.GetFileName(full));
                if (File.Exists(host))
                {
                    full = host;
                }
            }

            return $"{m.Groups["head"].Value}{full}\"";
        });
    }

    // Returns the failure message (null when none) and whether it is bad input; appends outputs for the result and
    // for the executed notebook. The message has no stack trace; the executed notebook keeps the kernel's full text.
    private static (string? Message, bool BadInput) Collect(KernelCommandResult result, int order, List<NotebookOutput> outputs, List<InteractiveDocumentOutputElement> document)
    {
        string? failed = null;
        Exception? exception = null;
        var diagnostics = new List<Diagnostic>();
        var displayed = new Dictionary<string, (int Output, int Document)>(StringComparer.Ordinal);
        foreach (var e in result.Events)
        {
            switch (e)
            {
                case ReturnValueProduced r:
                    outputs.Add(new NotebookOutput(NotebookOutputKind.ReturnValue, ByMime(r.FormattedValues)));
                    var element = new ReturnValueElement { ExecutionOrder = order };
                    foreach (var (mime, value) in ByMime(r.FormattedValues))
                    {
                        element.Data[mime] = value;
                    }

                    document.Add(element);
                    break;
                case StandardOutputValueProduced o:
                    outputs.Add(new NotebookOutput(NotebookOutputKind.StandardOutput, ByMime(o.FormattedValues)));
                    document.Add(new TextElement(PlainText(o.FormattedValues), "stdout"));
                    break;
                case StandardErrorValueProduced o:
                    outputs.Add(new NotebookOutput(NotebookOutputKind.StandardError, ByMime(o.FormattedValues)));
                    document.Add(new TextElement(PlainText(o.FormattedValues), "stderr"));
                    break;
                case DisplayedValueUpdated u when u.ValueId is not null && displayed.TryGetValue(u.ValueId, out var at):
                    // An update (e.g. package-install progress) replaces the value it updates.
                    outputs[at.Output] = new NotebookOutput(NotebookOutputKind.Display, ByMime(u.FormattedValues));
                    document[at.Document] = new DisplayElement(ByMimeObjects(u.FormattedValues));
                    break;
                case DisplayEvent d: // after its subtypes above
                    if (d.ValueId is not null)
                    {
                        displayed[d.ValueId] = (outputs.Count, document.Count);
                    }

                    outputs.Add(new NotebookOutput(NotebookOutputKind.Display, ByMime(d.FormattedValues)));
                    document.Add(new DisplayElement(ByMimeObjects(d.FormattedValues)));
                    break;
                case DiagnosticsProduced p:
                    diagnostics.AddRange(p.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
                    break;
                case CommandFailed f:
                    failed = f.Message;
                    exception = f.Exception;
                    break;
            }
        }

        if (failed is null)
        {
            return (null, false);
        }

        // Compile errors: the failure message usually quotes them already; add any it does not.
        var unquoted = diagnostics.Where(d => !failed.Contains(d.Code, StringComparison.Ordinal)).Select(d => $"{d.Code}: {d.Message}").ToList();
        string full = unquoted.Count > 0 ? $"{failed}\n{string.Join("\n", unquoted)}" : failed;

        // The writer puts the first argument in "evalue" and the second in "ename".
        document.Add(new ErrorElement(full, "Error", []));
        if (exception is null)
        {
            return (diagnostics.Count > 0 || !failed.Contains("\n   at ", StringComparison.Ordinal) ? full : failed[..failed.IndexOf("\n   at ", StringComparison.Ordinal)], false);
        }

        var cause = Unwrap(exception);
        bool badInput = IsBadInput(cause);
        return (badInput ? cause is ArgumentException argument ? ArgumentMessage.Of(argument) : cause.Message : $"{cause.GetType().Name}: {cause.Message}", badInput);
    }

    private static Exception Unwrap(Exception e)
    {
        while (e is System.Reflection.TargetInvocationException or TypeInitializationException or AggregateException && e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    // What a parameter or a scenario file can cause: the scenario's problems, a missing file, a malformed value, a
    // value out of an analysis's range. (An ArgumentNullException is a defect, not input.)
    private static bool IsBadInput(Exception e) =>
        e is Economics.Model.Loading.InvalidScenarioException or FileNotFoundException or DirectoryNotFoundException or FormatException ||
        (e is ArgumentException && e is not ArgumentNullException);

    private static Dictionary<string, string> ByMime(IEnumerable<FormattedValue> values) =>
        values.GroupBy(v => v.MimeType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static Dictionary<string, object> ByMimeObjects(IEnumerable<FormattedValue> values) =>
        ByMime(values).ToDictionary(kv => kv.Key, kv => (object)kv.Value, StringComparer.Ordinal);

    private static string PlainText(IEnumerable<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? string.Concat(values.Select(v => v.Value));

    private static void Write(InteractiveDocument original, List<InteractiveDocumentElement> elements, string path)
    {
        // nbformat 4.5 requires a unique id on every cell: give one to any cell that has none.
        var ids = new HashSet<string>(elements.Select(e => e.Id).OfType<string>(), StringComparer.Ordinal);
        for (int i = 0; i < elements.Count; i++)
        {
            if (string.IsNullOrEmpty(elements[i].Id))
            {
                string id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cell-{i + 1:00}");
                for (int n = 2; !ids.Add(id); n++)
                {
                    id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cell-{i + 1:00}-{n}");
                }

                elements[i].Id = id;
            }
        }

        var document = new InteractiveDocument(elements);
        foreach (var (key, value) in original.Metadata)
        {
            document.Metadata[key] = value;
        }

        // The writer adds a top-level "kernelInfo" (its in-memory view of the kernels, with a null default);
        // VS Code reads polyglot_notebook.kernelInfo, which the original metadata carries.
        using var buffer = new MemoryStream();
        Notebook.Write(document, buffer, Kernels());
        var json = JsonNode.Parse(buffer.ToArray())!;
        if (json["metadata"] is JsonObject metadata && metadata.ContainsKey("polyglot_notebook"))
        {
            metadata.Remove("kernelInfo");
        }

        AtomicFile.WriteAllText(path, json.ToJsonString(JsonOptions) + "\n");
    }

    // With #r redirected to the host's folder, the notebooks' package is the host's own Economics.Notebooks: load it
    // now (assemblies load lazily), so _setup.dib's guard, which looks for a build under src/ or that assembly in the
    // process, sees it. Without this a run from the Release build or the installed tool, with no Debug build beside
    // the notebooks, stopped at the guard.
    private static void LoadHostPackage(NotebookRunOptions options)
    {
        if (options.AssemblyDirectory is not null)
        {
            GC.KeepAlive(typeof(Economics.Notebooks.NotebookSetup).Assembly);
        }
    }

    private static CompositeKernel CreateKernel()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective((k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return LoadKernelExtensionsAsync(k, references);
            })
            .UseKernelHelpers()
            .UseValueSharing();
        var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = CSharp;
        return kernel;
    }

    // An embedded kernel does not load the packages' kernel extensions (what makes Plotly.NET charts render as
    // HTML); load them as dotnet-interactive does: every assembly in <package>/interactive-extensions/dotnet.
    private static async Task LoadKernelExtensionsAsync(Kernel kernel, IReadOnlyList<ResolvedPackageReference> references)
    {
        foreach (var reference in references)
        {
            string folder = Path.Combine(reference.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string dll in Directory.EnumerateFiles(folder, "*.dll"))
            {
                var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
                foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }))
                {
                    var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                    await extension.OnLoadAsync(kernel.RootKernel).ConfigureAwait(false);
                }
            }
        }
    }

    [GeneratedRegex(@"^(?<head>[ \t]*#r[ \t]+"")(?!nuget:)(?<path>[^""]+\.dll)""", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[ \t]*#!import[ \t]+(?<path>""[^""]+""|\S+)[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex ImportPattern();
}

namespace Economics.Cli.Notebooks;

/// <summary>What to run and how.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The <c>.ipynb</c> (or <c>.dib</c>) file to run.</summary>
    public required string NotebookPath { get; init; }

    /// <summary>Parameter overrides injected after the parameters cell, in order.</summary>
    public IReadOnlyList<NotebookParameter> Parameters { get; init; } = [];

    /// <summary>Where to write the executed notebook (with outputs); null writes nothing. Written atomically,
    /// also when a cell fails (outputs up to the failing cell, its error included).</summary>
    public string? OutputPath { get; init; }

    /// <summary>Where to write the executed notebook as one self-contained HTML page (narrative, tables, charts;
    /// plotly.js inline once); null writes none. Written atomically, also when a cell fails.</summary>
    public string? HtmlPath { get; init; }

    /// <summary>
    /// Folder whose assemblies replace those a notebook references with <c>#r "…/X.dll"</c>: when it holds a file
    /// named <c>X.dll</c>, that copy is referenced instead. Defaults to the host's own folder
    /// (<see cref="AppContext.BaseDirectory"/>), so a headless run uses the very assemblies the host (the
    /// <c>econ</c> tool, or the test project) was built with — never a stale or missing build output — and the
    /// kernel and host share one copy of each type. Null disables redirection.
    /// </summary>
    public string? AssemblyDirectory { get; init; } = AppContext.BaseDirectory;
}

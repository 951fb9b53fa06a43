namespace Economics.Cli.Notebooks;

/// <summary>The outcome of a headless notebook run. A failing cell is a result, not an exception.</summary>
/// <param name="Notebook">Notebook file name.</param>
/// <param name="Cells">Cells that ran (all cells up to and including a failing one), in order.</param>
/// <param name="Failure">The first failing cell, or null when every cell succeeded.</param>
/// <param name="Elapsed">Wall time of the run, kernel start included.</param>
/// <param name="ExecutedPath">Where the executed notebook was written, or null.</param>
public sealed record NotebookRunResult(string Notebook, IReadOnlyList<NotebookCellResult> Cells, NotebookCellFailure? Failure, TimeSpan Elapsed, string? ExecutedPath)
{
    /// <summary>Where the HTML page of the executed notebook was written, or null.</summary>
    public string? HtmlPath { get; init; }

    /// <summary>Whether every cell ran without error.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>All outputs of all cells, in order.</summary>
    public IEnumerable<NotebookOutput> Outputs => Cells.SelectMany(c => c.Outputs);

    /// <summary>The result of cell <paramref name="number"/> (1-based, all cells counted; the injected cell excluded).</summary>
    public NotebookCellResult Cell(int number) => Cells.First(c => c.Number == number && !c.IsInjected);
}

namespace Economics.Cli.Notebooks;

/// <summary>What one cell of a notebook run produced.</summary>
/// <param name="Number">1-based position among all cells of the notebook file (markdown cells count), as shown
/// top to bottom in VS Code; the injected parameters cell has the number of the parameters cell it follows.</param>
/// <param name="Kind">Kernel name: <c>csharp</c> or <c>markdown</c>.</param>
/// <param name="IsInjected">Whether this is the cell <c>--set</c> injected after the parameters cell.</param>
/// <param name="Outputs">Outputs in the order they were produced (none for markdown).</param>
/// <param name="Elapsed">Execution time (zero for markdown).</param>
public sealed record NotebookCellResult(int Number, string Kind, bool IsInjected, IReadOnlyList<NotebookOutput> Outputs, TimeSpan Elapsed)
{
    /// <summary>Whether the cell is code the kernel ran.</summary>
    public bool IsCode => Kind != "markdown";
}

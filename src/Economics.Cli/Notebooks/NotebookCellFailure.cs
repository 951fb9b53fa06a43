namespace Economics.Cli.Notebooks;

/// <summary>The first cell that failed: where, and the kernel's message (compile diagnostics or the exception).</summary>
/// <param name="Notebook">Notebook file name.</param>
/// <param name="CellNumber">1-based position among all cells of the notebook file (markdown cells count).</param>
/// <param name="IsInjected">Whether the failing cell is the injected parameters cell (it then follows
/// <paramref name="CellNumber"/>).</param>
/// <param name="Message">The kernel's message.</param>
public sealed record NotebookCellFailure(string Notebook, int CellNumber, bool IsInjected, string Message)
{
    /// <inheritdoc />
    public override string ToString() => IsInjected
        ? $"{Notebook}: the injected parameters cell (after cell {CellNumber}) failed: {Message}"
        : $"{Notebook}: cell {CellNumber} failed: {Message}";
}

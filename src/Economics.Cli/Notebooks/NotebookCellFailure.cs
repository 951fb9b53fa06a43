namespace Economics.Cli.Notebooks;

/// <summary>The first cell that failed: where, and why in one message (compile diagnostics, or the exception's
/// message without its stack trace).</summary>
/// <param name="Notebook">Notebook file name.</param>
/// <param name="CellNumber">1-based position among all cells of the notebook file (markdown cells count).</param>
/// <param name="IsInjected">Whether the failing cell is the injected parameters cell (it then follows
/// <paramref name="CellNumber"/>).</param>
/// <param name="Message">The kernel's message, without a stack trace.</param>
public sealed record NotebookCellFailure(string Notebook, int CellNumber, bool IsInjected, string Message)
{
    /// <summary>Whether the cell failed on its input — a scenario problem, a missing file, a value the model or an
    /// analysis rejects (<c>econ notebook run</c> then exits 2) — rather than on a defect (exit 1).</summary>
    public bool IsBadInput { get; init; }

    /// <inheritdoc />
    public override string ToString() => IsInjected
        ? $"{Notebook}: the injected parameters cell (after cell {CellNumber}) failed: {Message}"
        : $"{Notebook}: cell {CellNumber} failed: {Message}";
}

namespace Economics.Cli.Tests.Notebooks.RealKernel;

/// <summary>A notebook run through the real kernel: its code cells by number (1-based among all cells, markdown
/// included, as the in-process runner counts), in order, up to the first failing one.</summary>
internal sealed record RealKernelRun(string Notebook, IReadOnlyList<(int Number, string Code, KernelCell Cell)> Cells, TimeSpan Elapsed)
{
    public (int Number, string Code, KernelCell Cell)? FirstFailure =>
        Cells.Where(c => c.Cell.Failed).Select(c => ((int, string, KernelCell)?)c).FirstOrDefault();

    public KernelCell Cell(int number) => Cells.First(c => c.Number == number).Cell;

    /// <summary>Runs every code cell of <paramref name="notebookPath"/> in a fresh kernel started in its folder,
    /// stopping at the first failing cell (as Run All does).</summary>
    public static async Task<RealKernelRun> RunAsync(string notebookPath, TimeSpan cellTimeout)
    {
        var document = Economics.Cli.Notebooks.NotebookRunner.Read(notebookPath);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var kernel = StdioKernel.Start(Path.GetDirectoryName(notebookPath)!);
        var cells = new List<(int, string, KernelCell)>();
        var elements = document.Elements.ToList();
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i].KernelName == "markdown")
            {
                continue;
            }

            string code = elements[i].Contents ?? string.Empty;
            var cell = await kernel.SubmitAsync(code, cellTimeout).ConfigureAwait(false);
            cells.Add((i + 1, code, cell));
            if (cell.Failed)
            {
                break;
            }
        }

        return new RealKernelRun(Path.GetFileName(notebookPath), cells, clock.Elapsed);
    }
}

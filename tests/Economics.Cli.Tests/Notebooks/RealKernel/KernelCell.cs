namespace Economics.Cli.Tests.Notebooks.RealKernel;

/// <summary>What one submitted cell produced in the real kernel: its outputs, and why it failed (the command's
/// failure, or an error a child command reported — <c>#!import</c> reports failing imported cells that way).</summary>
internal sealed record KernelCell(IReadOnlyList<KernelOutput> Outputs, string? Failure, TimeSpan Elapsed)
{
    public bool Failed => Failure is not null;
}

namespace Economics.Charts.Export;

/// <summary>What a batch export wrote.</summary>
/// <param name="Files">Full paths of the files written, in order.</param>
/// <param name="ImageError">Why PNG/SVG were not written (one line, e.g. Chromium missing); null if they were or
/// were not asked for.</param>
/// <param name="Elapsed">Wall time of the whole export.</param>
public sealed record ChartExportResult(IReadOnlyList<string> Files, string? ImageError, TimeSpan Elapsed);

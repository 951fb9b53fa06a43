namespace Economics.Charts.Report;

/// <summary>One more section of the run report (<see cref="RunReport.Build"/>), e.g. the builder's cost or the
/// reverse stress test: a heading, paragraphs of plain text, an optional table and charts. Every text is HTML-encoded
/// when written.</summary>
/// <param name="Id">Anchor id (letters, digits and '-').</param>
/// <param name="Title">Heading and the navigation link's text.</param>
/// <param name="Paragraphs">Plain-text paragraphs.</param>
/// <param name="Table">Header then rows of plain-text cells, or null.</param>
/// <param name="Charts">Charts, in order.</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<IReadOnlyList<string>>? Table, IReadOnlyList<NamedChart> Charts);

using Plotly.NET;

namespace Economics.Charts;

/// <summary>A chart with the file name it is exported under and a short caption.</summary>
/// <param name="Id">File stem, lower-case with dashes (e.g. <c>revenue-vs-costs</c>).</param>
/// <param name="Caption">Short human name, used as the report's section heading.</param>
/// <param name="Chart">The figure.</param>
public sealed record NamedChart(string Id, string Caption, GenericChart Chart);

namespace Economics.Model.Results;

/// <summary>One per-month column of <c>monthly.csv</c>.</summary>
/// <param name="Name">snake_case column name.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Description">What the column means.</param>
/// <param name="Select">Reads the column from a result.</param>
public sealed record MonthlyColumn(string Name, string Unit, string Description, Func<SimulationResult, IReadOnlyList<double>> Select);

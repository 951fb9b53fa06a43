namespace Economics.Model.Loading;

/// <summary>What the scenario schema (<see cref="ScenarioSchema"/>) says about one field.</summary>
/// <param name="Description">The field's XML documentation, as the schema's <c>description</c>.</param>
/// <param name="Unit">The unit the description states after <c>Unit:</c> (e.g. <c>tokens/month</c>, <c>fraction</c>),
/// without an explanation in brackets; null when it states none.</param>
public sealed record ScenarioFieldDoc(string Description, string? Unit);

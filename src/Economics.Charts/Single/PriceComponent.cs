namespace Economics.Charts.Single;

/// <summary>One part of the user's all-in price per inference.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="Values">Per month. Unit: USD/inference.</param>
/// <param name="Color">Theme colour.</param>
public sealed record PriceComponent(string Name, IReadOnlyList<double> Values, string Color);

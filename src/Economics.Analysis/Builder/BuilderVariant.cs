namespace Economics.Analysis.Builder;

/// <summary>The builder's cost when the whole network settles at one tier or pays with one x402 scheme (the scenario run
/// again with that change; everything else as the scenario says).</summary>
/// <param name="Group">"scenario", "tier" or "scheme".</param>
/// <param name="Name">Machine name: the tier (<c>private</c>, <c>batchHashed</c>, <c>individualHashes</c>,
/// <c>individualFull</c>), the scheme (<c>exact</c>, <c>upto</c>, <c>batchSettlement</c>) or <c>scenario</c>.</param>
/// <param name="Label">What a reader sees, e.g. "Settlement: BATCH_HASHED".</param>
/// <param name="Cost">The builder's cost under the variant.</param>
public sealed record BuilderVariant(string Group, string Name, string Label, BuilderCost Cost);

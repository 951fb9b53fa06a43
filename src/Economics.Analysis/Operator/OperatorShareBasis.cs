namespace Economics.Analysis.Operator;

/// <summary>How the operator's share φ(t) of its cohort's income is stated (docs/MODEL.md "Operator").</summary>
public enum OperatorShareBasis
{
    /// <summary>One more node among the cohort's N(t): φ(t) = 1/(N(t) + 1), rule 8's income per entrant.</summary>
    MarginalNode,

    /// <summary>A fixed share f of the cohort's nodes: φ(t) = f.</summary>
    ShareOfNodes,

    /// <summary>A share f of the network's served requests: φ(t) = min(1, f·served(t)/served_c(t)).</summary>
    ShareOfRequests,
}

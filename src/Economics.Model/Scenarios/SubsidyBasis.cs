namespace Economics.Model.Scenarios;

/// <summary>How the operators' share of pool payouts is split among inference nodes (the real rule is not
/// public; both are scenarios).</summary>
public enum SubsidyBasis
{
    /// <summary>Per node, weighted by each cohort's <c>subsidyWeight</c>.</summary>
    PerNode,

    /// <summary>Pro rata to served requests.</summary>
    PerServedRequest,
}

namespace Economics.Model.Tests.Docs;

/// <summary>The zero denominators that make a monthly.csv cell "not applicable" (NaN in memory, empty in CSV).</summary>
internal enum NotApplicableWhen
{
    /// <summary>The column always holds a number.</summary>
    Never,

    /// <summary><c>served_inferences</c> is 0.</summary>
    NothingServed,

    /// <summary><c>nodes_total</c> is 0.</summary>
    NoNodes,

    /// <summary>Operator revenue (fees + emissions + MEV) is 0.</summary>
    NoRevenue,

    /// <summary><c>capacity_inferences</c> is 0.</summary>
    NoCapacity,
}

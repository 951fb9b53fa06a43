namespace Economics.Model.Scenarios;

/// <summary>Who pays a gas cost.</summary>
public enum GasPayer
{
    /// <summary>The user, on top of the fee (part of the all-in price).</summary>
    User,

    /// <summary>The operator, out of fee income (an operator cost).</summary>
    Operator,

    /// <summary>The protocol treasury.</summary>
    Protocol,
}

using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>The user's cost of converting USD into the OPG a fee is paid in (DESIGN rule 6's conversion cost).</summary>
public static class Conversion
{
    /// <summary>1 + <c>token.liquidity.swapFeeFraction</c> when fees are paid in the token (the user buys the fee's
    /// OPG through the pool first), else 1. Unit: ratio of what the user pays to the fee.</summary>
    public static double Factor(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Fees.PaidIn == FeeCurrency.Token ? 1.0 + scenario.Token.Liquidity.SwapFeeFraction : 1.0;
    }
}

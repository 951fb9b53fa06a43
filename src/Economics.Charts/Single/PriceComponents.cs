using Economics.Charts.Theme;
using Economics.Model.Results;

namespace Economics.Charts.Single;

/// <summary>
/// Splits the user's all-in price into the parts the user pays: protocol take, operator net fee, x402 payment gas,
/// facilitator fee, Permit2 approval gas, settlement gas and MEV tax. The result reports payment gas, facilitator and
/// Permit2 "whoever pays" plus their user-paid total; each is scaled by the user-paid share of that total, so the
/// parts sum to <see cref="SimulationResult.UserPriceUsd"/> (the engine's identity).
/// </summary>
public static class PriceComponents
{
    /// <summary>The parts, in stacking order (fee first, rails next, MEV tax last).</summary>
    public static IReadOnlyList<PriceComponent> Of(SimulationResult result, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = theme ?? ChartTheme.Default;
        int m = result.Months;
        var payment = new double[m];
        var facilitator = new double[m];
        var permit2 = new double[m];
        for (int i = 0; i < m; i++)
        {
            double all = result.PaymentGasPerInference[i] + result.FacilitatorPerInference[i] + result.Permit2PerInference[i];
            double userShare = all > 0 ? result.UserPaymentRailsPerInference[i] / all : 0.0;
            payment[i] = result.PaymentGasPerInference[i] * userShare;
            facilitator[i] = result.FacilitatorPerInference[i] * userShare;
            permit2[i] = result.Permit2PerInference[i] * userShare;
        }

        return
        [
            new("Operator net fee", result.OperatorNetFeePerInference, t.OperatorNetFeeColor),
            new("Protocol take", result.ProtocolTakePerInference, t.ProtocolTakeColor),
            new("x402 payment gas", payment, t.PaymentGasColor),
            new("x402 facilitator fee", facilitator, t.FacilitatorColor),
            new("Permit2 approvals", permit2, t.Permit2Color),
            new("Settlement (OG gas + Walrus)", result.UserSettlementPerInference, t.SettlementGasColor),
            new("Conversion (swap fee into OPG)", result.ConversionPerInference, t.ConversionColor),
            new("MEV tax", result.MevTaxPerInference, t.MevTaxColor),
        ];
    }
}

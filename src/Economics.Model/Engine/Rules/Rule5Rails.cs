namespace Economics.Model.Engine;

/// <summary>Rule 5: payment and settlement rails.</summary>
internal sealed partial class MonthlyStep
{
    private double GasUsd(double usdPerGas, double gasUnits) => (gasUnits * usdPerGas) + _s.Chain.L1DataFeeUsdPerTx;

    // Rule 5. Per-inference payment rails (x402 gas, facilitator, Permit2) and settlement gas by tier, new
    // permanent bytes and the state-carry externality.
    private void Rails(int t, double served)
    {
        double gwei = _ws.GasPriceGwei[t];
        if (gwei != _railsGwei)
        {
            RailPrices(gwei);
        }

        double bytes = served * _bytesPerInference;
        _cumulativeBytes += bytes;
        _ws.PaymentGasPerInference[t] = _paymentGas;
        _ws.FacilitatorPerInference[t] = _facilitator;
        _ws.Permit2PerInference[t] = _permit2;
        _ws.SettlementGasPerInference[t] = _settlement;
        _ws.UserPaymentRailsPerInference[t] = _userPaysPayments ? _paymentGas + _facilitator + _permit2 : 0.0;
        _ws.UserSettlementPerInference[t] = _userPaysSettlement ? _settlement : 0.0;
        _ws.GasSpendUsd[t] = served * (_paymentGas + _permit2 + _settlement);
        _ws.OnchainBytes[t] = bytes;
        _ws.OnchainBytesCumulative[t] = _cumulativeBytes;
        _ws.StateCarryUsd[t] = _cumulativeBytes * _stateCarryUsdPerByte;
    }

    // Per-inference rails at a gas price (recomputed only when the month's gas price differs from the last one).
    // Payment: (gasUsd(paymentGas) + facilitator)/inferencesPerPayment + gasUsd(approvalGas)/inferencesPerApproval.
    // Settlement: individual·gasUsd(individualGas) + metadata·gasUsd(individualGas + metadataBytes·gasPerDataByte)
    // + batch·gasUsd(batchGas)/batchSize; offchain costs nothing.
    private void RailPrices(double gwei)
    {
        var pay = _s.Payments;
        var set = _s.Settlement;
        var mix = set.Mix;
        double usdPerGas = gwei / GweiPerEth * _s.Chain.EthUsd;
        _railsGwei = gwei;
        _paymentGas = GasUsd(usdPerGas, pay.PaymentGasUnits) / pay.InferencesPerPayment;
        _facilitator = pay.FacilitatorFeeUsd / pay.InferencesPerPayment;
        _permit2 = GasUsd(usdPerGas, pay.Permit2ApprovalGasUnits) / pay.InferencesPerApproval;
        _settlement = (mix.Individual * GasUsd(usdPerGas, set.IndividualGasUnits))
            + (mix.Metadata * GasUsd(usdPerGas, set.IndividualGasUnits + (set.MetadataBytesPerInference * set.GasPerDataByte)))
            + (mix.Batch * GasUsd(usdPerGas, set.BatchGasUnits) / set.BatchSize);
    }

    private double OperatorPaidPerInference(int t) =>
        (_operatorPaysPayments ? _ws.PaymentGasPerInference[t] + _ws.FacilitatorPerInference[t] + _ws.Permit2PerInference[t] : 0.0)
        + (_operatorPaysSettlement ? _ws.SettlementGasPerInference[t] : 0.0);

    private double ProtocolPaidPerInference(int t) =>
        (_protocolPaysPayments ? _ws.PaymentGasPerInference[t] + _ws.FacilitatorPerInference[t] + _ws.Permit2PerInference[t] : 0.0)
        + (_protocolPaysSettlement ? _ws.SettlementGasPerInference[t] : 0.0);

    // Fixed monthly cost of one node of cohort c in month t (GPU rental + overhead, times provider price changes).
}

using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>Rule 5: payment rails on Base and settlement on the OG chain and Walrus.</summary>
internal sealed partial class MonthlyStep
{
    // Per-run constants of rule 5 (BeginRails).
    private bool _thirdParty;
    private bool _approvalSponsored;
    private double _settleGas;
    private double _requestsPerSettle;
    private double _approvalGas;
    private bool _approvals;
    private double _requestsPerApproval;
    private double _approvedWallets;
    private double _facilitatorTxPerRequest;
    private double _freeTransactions;
    private double _usdPerTransaction;
    private double _priorityGwei;
    private double _maxFeeGwei;
    private double _ethUsd;
    private double _ogGwei;
    private double _batchShare;
    private double _individualGasPerRequest;
    private double _batchEventGas;
    private double _individualWalrusPerRequest;
    private double _individualHistoryPerRequest;
    private double _batchHistoryBytes;
    private double _individualEncodedPerRequest;
    private double _lambdaPerServed;
    private double _walrusMonths;
    private double _historyCarryUsdPerByte;
    private GasPayer _paymentsBorneBy;
    private GasPayer _settlementBorneBy;
    private GasPayer _paymentsBorneByPostSubsidy;
    private GasPayer _settlementBorneByPostSubsidy;
    private double _cumulativeBytes;
    private double _ogGweiInEth;

    // Rule 5's terms that depend on the month only through the Base gas price and L1 fee (the own facilitator's settle
    // and the approval per request) or only through the batch size b: remembered for the last value seen and
    // recomputed when it changes (the same bits either way; both usually repeat month after month).
    private double _gasSeen;
    private double _l1Seen;
    private double _usdPerBaseGasSeen;
    private double _ownSettleSeen;
    private double _approvalSeen;
    private double _batchSeen;
    private double _batchEventGasPerRequest;
    private double _batchWalrusPerRequest;
    private double _batchHistoryPerRequest;
    private double _batchEncodedPerRequest;

    // The per-run constants of rule 5, from the scenario (called by Begin).
    private void BeginRails(Scenario scenario)
    {
        var pay = scenario.Payments;
        var f = pay.Facilitator;
        _approvedWallets = 0.0;
        var set = scenario.Settlement;
        var mix = set.Mix;
        var gas = set.Gas;
        var bytes = set.Bytes;
        _thirdParty = f.Kind == FacilitatorKind.ThirdParty;
        _approvalSponsored = pay.ApprovalSponsored;
        _settleGas = pay.Scheme == PaymentScheme.BatchSettlement ? pay.BatchSettleGasUnits : pay.SettleGasUnits;
        _requestsPerSettle = pay.Scheme == PaymentScheme.Exact ? 1.0 : pay.RequestsPerSettle;
        _approvalGas = pay.ApprovalGasUnits;

        // approvalGasUnits = 0 means no approval transaction at all (EIP-3009 signs each transfer).
        _approvals = _approvalGas > 0;
        _requestsPerApproval = pay.RequestsPerApproval;
        _facilitatorTxPerRequest = (1.0 / _requestsPerSettle) + (_approvalSponsored && _approvals ? 1.0 / _requestsPerApproval : 0.0);
        _freeTransactions = f.FreeTransactionsPerMonth;
        _usdPerTransaction = f.UsdPerTransaction;
        _priorityGwei = f.PriorityFeeGwei;
        _maxFeeGwei = f.MaxFeeGwei;
        _ethUsd = scenario.Chains.Base.EthUsd;
        _ogGwei = scenario.Chains.Og.GasPriceGwei;
        _paymentsBorneBy = pay.CostBorneBy;
        _settlementBorneBy = set.CostBorneBy;
        _paymentsBorneByPostSubsidy = pay.PostSubsidyCostBorneBy ?? pay.CostBorneBy;
        _settlementBorneByPostSubsidy = set.PostSubsidyCostBorneBy ?? set.CostBorneBy;

        double perByte = gas.CalldataGasPerByte + gas.LogGasPerByte;
        double hashEvent = gas.BaseGas + (perByte * bytes.HashRecord);
        _individualGasPerRequest = (mix.IndividualHashes * hashEvent) + (mix.IndividualFull * (hashEvent + gas.SignatureVerifyGas));
        _batchEventGas = gas.BaseGas + (perByte * bytes.BatchRecord);
        _batchShare = mix.BatchHashed;
        _individualWalrusPerRequest = mix.IndividualFull * SettlementBatching.WalrusBlobUsd(set.Walrus, bytes.PayloadPerInference);
        _individualEncodedPerRequest = mix.IndividualFull * SettlementBatching.EncodedBytes(set.Walrus, bytes.PayloadPerInference);

        // History keeps each event's record twice: in the transaction's calldata and in its log.
        _individualHistoryPerRequest = 2.0 * (mix.IndividualHashes + mix.IndividualFull) * bytes.HashRecord;
        _batchHistoryBytes = 2.0 * bytes.BatchRecord;
        _lambdaPerServed = mix.BatchHashed / (SettlementBatching.MinutesPerMonth * set.Batch.Batchers);
        _walrusMonths = set.Walrus.RetentionEpochs * set.Walrus.EpochDays / SettlementBatching.DaysPerMonth;
        _historyCarryUsdPerByte = set.History.UsdPerGbMonth * set.History.FullNodes / BytesPerGb;
        _cumulativeBytes = 0.0;
        _ogGweiInEth = _ogGwei / GweiPerEth;

        // NaN equals nothing: month 0 always computes.
        _gasSeen = double.NaN;
        _l1Seen = double.NaN;
        _batchSeen = double.NaN;
    }

    // Rule 5. Per served request: the Base settle, approval and facilitator fee; OG event gas (USD at the month's
    // token price) and Walrus by tier; who bears them (postSubsidyCostBorneBy in a month the pools pay operators
    // nothing); history bytes and their carrying cost.
    private void Rails(int t, double served)
    {
        var ws = _ws;
        var set = _s.Settlement;
        bool subsidized = ws.OperatorSubsidyTokens[t] > 0;
        var paymentsBorneBy = subsidized ? _paymentsBorneBy : _paymentsBorneByPostSubsidy;
        var settlementBorneBy = subsidized ? _settlementBorneBy : _settlementBorneByPostSubsidy;

        // Payments on Base: txUsd(g) = g·(baseFee + priority)·1e−9·ethUsd + L1 data fee.
        double gasGwei = ws.GasPriceGwei[t] + _priorityGwei;
        double l1 = ws.L1DataFeeUsd[t];
        BaseGasTerms(gasGwei, l1);
        double settle, facilitator;
        if (_thirdParty)
        {
            // The fee replaces the gas of every transaction the facilitator submits; the free tier comes first.
            settle = 0.0;
            double transactions = served * _facilitatorTxPerRequest;
            facilitator = served > 0 ? _usdPerTransaction * Math.Max(0.0, transactions - _freeTransactions) / served : 0.0;
        }
        else
        {
            settle = _ownSettleSeen;
            facilitator = _usdPerTransaction * _facilitatorTxPerRequest;
        }

        // A sponsored approval is a facilitator transaction (gas, or the third party's fee); otherwise the user pays it.
        double approval = (_thirdParty && _approvalSponsored) || !_approvals ? 0.0 : _approvalSeen;
        double facilitatorSide = settle + facilitator + (_approvalSponsored ? approval : 0.0);
        double userOwn = _approvalSponsored ? 0.0 : approval;

        // Settlement: expected batch size at λ = served·batchHashed/(minutes·batchers).
        var batch = set.Batch;
        double b = SettlementBatching.ExpectedBatchSize(served * _lambdaPerServed, batch.MaxSize, batch.IdleFlushMinutes, batch.MaxAgeMinutes);
        BatchTerms(b, set);
        double ogUsdPerGas = _ogGweiInEth * ws.TokenPriceUsd[t];
        double og = ogUsdPerGas * (_individualGasPerRequest + _batchEventGasPerRequest);
        double walrus = _individualWalrusPerRequest + _batchWalrusPerRequest;
        double settlement = og + walrus;

        double user = (paymentsBorneBy == GasPayer.User ? facilitatorSide : 0.0) + userOwn;
        double operatorPaid = (paymentsBorneBy == GasPayer.Operator ? facilitatorSide : 0.0) + (settlementBorneBy == GasPayer.Operator ? settlement : 0.0);
        double protocolPaid = (paymentsBorneBy == GasPayer.Protocol ? facilitatorSide : 0.0) + (settlementBorneBy == GasPayer.Protocol ? settlement : 0.0);
        double userSettlement = settlementBorneBy == GasPayer.User ? settlement : 0.0;

        double bytes = served * (_individualHistoryPerRequest + _batchHistoryPerRequest);
        _cumulativeBytes += bytes;

        ws.PaymentGasPerInference[t] = settle;
        ws.Permit2PerInference[t] = approval;
        ws.FacilitatorPerInference[t] = facilitator;
        ws.SettlementGasPerInference[t] = og;
        ws.WalrusPerInference[t] = walrus;
        ws.UserPaymentRailsPerInference[t] = user;
        ws.UserSettlementPerInference[t] = userSettlement;
        ws.OperatorRailsPerInference[t] = operatorPaid;
        ws.ProtocolRailsPerInference[t] = protocolPaid;
        ws.ExpectedBatchSize[t] = b;
        ws.SettleStalled[t] = gasGwei > _maxFeeGwei ? 1.0 : 0.0;

        // Standing Permit2 approvals: one per wallet, every requestsPerApproval served requests a new wallet approves
        // (never revoked); each keeps walletBalanceUsd of OPG exposed. None without approval transactions (EIP-3009).
        _approvedWallets += _approvals ? served / _requestsPerApproval : 0.0;
        ws.Permit2Wallets[t] = _approvedWallets;
        ws.Permit2ExposedUsd[t] = _approvedWallets * _s.Payments.WalletBalanceUsd;
        ws.BaseRailsUsd[t] = served * (settle + approval + facilitator);
        ws.ValidatorGasRevenueUsd[t] = served * og;
        ws.WalrusUsd[t] = served * walrus;
        ws.UserRailsUsd[t] = served * (user + userSettlement);
        ws.OperatorRailsUsd[t] = served * operatorPaid;
        ws.ProtocolRailsUsd[t] = served * protocolPaid;
        ws.GasSpendUsd[t] = served * (settle + approval + og);
        ws.OnchainBytes[t] = bytes;
        ws.OnchainBytesCumulative[t] = _cumulativeBytes;
        ws.StateCarryUsd[t] = _cumulativeBytes * _historyCarryUsdPerByte;

        // Walrus: encoded bytes written this month; a blob stays stored for retentionEpochs·epochDays.
        double encoded = served * (_individualEncodedPerRequest + _batchEncodedPerRequest);
        ws.WalrusEncodedBytes[t] = encoded;
        double stored = 0.0;
        for (int s = t; s >= 0 && t - s < _walrusMonths; s--)
        {
            stored += ws.WalrusEncodedBytes[s];
        }

        ws.WalrusStoredBytes[t] = stored;
    }

    // usdPerBaseGas = g·1e−9·ethUsd; the own facilitator's settle ((settleGas·usdPerBaseGas) + L1)/requestsPerSettle and
    // the approval ((approvalGas·usdPerBaseGas) + L1)/requestsPerApproval per request, for g = base fee + priority.
    private void BaseGasTerms(double gasGwei, double l1)
    {
        if (gasGwei == _gasSeen && l1 == _l1Seen)
        {
            return;
        }

        _gasSeen = gasGwei;
        _l1Seen = l1;
        _usdPerBaseGasSeen = gasGwei / GweiPerEth * _ethUsd;
        _ownSettleSeen = ((_settleGas * _usdPerBaseGasSeen) + l1) / _requestsPerSettle;
        _approvalSeen = ((_approvalGas * _usdPerBaseGasSeen) + l1) / _requestsPerApproval;
    }

    // Per served request at batch size b: BATCH_HASHED event gas batchShare·eventGas/b, Walrus batchShare·blob(b·hashRecord)/b,
    // history bytes batchShare·2·batchRecord/b and encoded bytes batchShare·encoded(b·hashRecord)/b.
    private void BatchTerms(double b, SettlementAssumptions set)
    {
        if (b == _batchSeen)
        {
            return;
        }

        _batchSeen = b;
        _batchEventGasPerRequest = _batchShare * _batchEventGas / b;
        _batchWalrusPerRequest = _batchShare * SettlementBatching.WalrusBlobUsd(set.Walrus, b * set.Bytes.HashRecord) / b;
        _batchHistoryPerRequest = _batchShare * _batchHistoryBytes / b;
        _batchEncodedPerRequest = _batchShare * SettlementBatching.EncodedBytes(set.Walrus, b * set.Bytes.HashRecord) / b;
    }

    private double OperatorPaidPerInference(int t) => _ws.OperatorRailsPerInference[t];

    private double ProtocolPaidPerInference(int t) => _ws.ProtocolRailsPerInference[t];
}

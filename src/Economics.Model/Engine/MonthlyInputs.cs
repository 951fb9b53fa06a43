using Economics.Model.Scenarios;

namespace Economics.Model.Engine;

/// <summary>
/// Lays the scenario's schedules and events out by month before the loop: each pool's vesting,
/// base demand (with demand shocks), Base base fee and L1 data fee (with spikes), price multipliers, and per cohort
/// the availability (outages) and cost multiplier (provider price changes).
/// </summary>
internal readonly struct MonthlyInputs(Scenario scenario, SimulationWorkspace ws)
{
    public void Prepare()
    {
        int months = scenario.HorizonMonths;
        var chain = scenario.Chains.Base;
        var gasByMonth = chain.GasPriceGweiByMonth;
        for (int t = 0; t < months; t++)
        {
            ws.GasPriceGwei[t] = gasByMonth.Count > 0 ? gasByMonth[Math.Min(t, gasByMonth.Count - 1)] : chain.GasPriceGwei;
            ws.L1DataFeeUsd[t] = chain.L1DataFeeUsdPerTx;
            ws.PriceMultiplier[t] = 1.0;
            ws.DemandMultiplier[t] = 1.0;
            ws.PathPrice[t] = scenario.Token.Price switch
            {
                ConstantPrice c => c.Usd,
                PricePath p => p.UsdByMonth[Math.Min(t, p.UsdByMonth.Count - 1)],
                _ => 0.0,
            };
        }

        PreparePools(months);
        PrepareMarkets(months);
        PrepareCohorts(months);
        ApplyEvents(months);
    }

    // Vesting of pool i (T = share·maxSupply): atStart·T at month 0, then (1 − atStart)·T/V in each month
    // cliff ≤ t < cliff + V (all of it at the cliff when V = 0); or a release schedule, capped at T in total.
    private void PreparePools(int months)
    {
        var pools = scenario.Token.Pools;
        for (int i = 0; i < pools.Count; i++)
        {
            var pool = pools[i];
            var vested = ws.Pools[i].Vested;
            Array.Clear(vested, 0, months);
            double total = pool.Share * scenario.Token.MaxSupply;
            if (pool.Release is { } release)
            {
                double left = total;
                for (int t = 0; t < months; t++)
                {
                    double v = Math.Min(left, release.TokensInMonth(t));
                    vested[t] = v;
                    left -= v;
                }

                continue;
            }

            vested[0] = pool.AtStartFraction * total;
            double rest = total - vested[0];
            int span = Math.Max(1, pool.VestingMonths);
            double perMonth = rest / span;
            int end = (int)Math.Min(months, (long)pool.CliffMonths + span);
            for (int t = Math.Max(0, pool.CliffMonths); t < end; t++)
            {
                vested[t] += perMonth;
            }
        }
    }

    private void PrepareMarkets(int months)
    {
        for (int m = 0; m < scenario.Markets.Count; m++)
        {
            var market = scenario.Markets[m];
            var raw = ws.Markets[m].BaseDemandRaw;
            for (int t = 0; t < months; t++)
            {
                raw[t] = market.Demand.Growth.BaseDemand(market.Demand.InitialInferencesPerMonth, t);
            }
        }
    }

    private void PrepareCohorts(int months)
    {
        for (int c = 0; c < scenario.Cohorts.Count; c++)
        {
            var arrays = ws.Cohorts[c];
            Array.Fill(arrays.Availability, 1.0, 0, months);
            Array.Fill(arrays.CostMultiplier, 1.0, 0, months);
        }
    }

    private void ApplyEvents(int months)
    {
        var events = scenario.Events;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            int start = Math.Max(0, e.Month);
            int end = (int)Math.Min(months, (long)e.Month + e.DurationMonths);
            for (int t = start; t < end; t++)
            {
                switch (e)
                {
                    case GasSpike g:
                        // Congestion on Base raises the L2 base fee and the L1 data fee alike.
                        ws.GasPriceGwei[t] *= g.Multiplier;
                        ws.L1DataFeeUsd[t] *= g.Multiplier;
                        break;
                    case TokenPriceShock p:
                        ws.PriceMultiplier[t] *= p.Multiplier;
                        break;
                    case DemandShock d:
                        ws.DemandMultiplier[t] *= d.Multiplier;
                        break;
                    case ProviderOutage o:
                        ForProvider(o.Provider, t, static (arrays, month, loss) => arrays.Availability[month] *= 1.0 - loss, o.CapacityLossFraction);
                        break;
                    case MarketWithdrawn w:
                        for (int m = 0; m < scenario.Markets.Count; m++)
                        {
                            if (string.Equals(scenario.Markets[m].Name, w.Market, StringComparison.Ordinal))
                            {
                                ws.Markets[m].BaseDemandRaw[t] = 0.0;
                            }
                        }

                        break;
                    case ProviderCostChange k:
                        ForProvider(k.Provider, t, static (arrays, month, multiplier) => arrays.CostMultiplier[month] *= multiplier, k.Multiplier);
                        break;
                }
            }
        }

        // Demand shocks, then the numerical ceiling (compound growth over a long horizon can overflow).
        for (int m = 0; m < scenario.Markets.Count; m++)
        {
            var raw = ws.Markets[m].BaseDemandRaw;
            for (int t = 0; t < months; t++)
            {
                raw[t] = Math.Min(raw[t] * ws.DemandMultiplier[t], NumericalLimits.MaxInferencesPerMonth);
            }
        }
    }

    private void ForProvider(string provider, int month, Action<CohortArrays, int, double> apply, double value)
    {
        for (int c = 0; c < scenario.Cohorts.Count; c++)
        {
            if (string.Equals(scenario.Cohorts[c].Provider, provider, StringComparison.Ordinal))
            {
                apply(ws.Cohorts[c], month, value);
            }
        }
    }
}

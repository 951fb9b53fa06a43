namespace Economics.Model.Engine;

/// <summary>How far <see cref="Simulation.RunPastSubsidyEnd"/> ran, and where the operators' subsidy ended.</summary>
/// <param name="MonthsRun">Months 0 … MonthsRun − 1 were run; at most the horizon. Unit: months.</param>
/// <param name="SubsidyEndMonth">First month from which the operators' subsidy stays zero to the horizon; null when
/// the last month of the horizon still pays (as <see cref="Results.SimulationSummary.PayoutEnd"/>). Unit: month index.</param>
public readonly record struct SubsidyEndRun(int MonthsRun, int? SubsidyEndMonth);

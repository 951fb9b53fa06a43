namespace Economics.Analysis.Text;

/// <summary>How a named quantity is written for a person (<see cref="HumanFormat.Value(double, MetricUnit)"/>).</summary>
public enum MetricUnit
{
    /// <summary>A plain number: thousands separated, four significant digits below 1,000.</summary>
    Number,

    /// <summary>US dollars: $1.23M, $12,345, $12.30, $0.00412.</summary>
    Usd,

    /// <summary>A fraction, written as a percentage (41%).</summary>
    Fraction,

    /// <summary>A ratio, written as a multiple (1.9×).</summary>
    Ratio,

    /// <summary>A model month (month 48).</summary>
    Month,

    /// <summary>A count of nodes, inferences or tokens (1.2 million).</summary>
    Count,

    /// <summary>Bytes in decimal units (3.4 GB).</summary>
    Bytes,
}

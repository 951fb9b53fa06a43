using System.Globalization;
using Economics.Model.Loading;

namespace Economics.Model.Validation;

/// <summary>Collects validation problems; each check names the JSON path, the bad value and the rule.
/// NaN fails every range check (comparisons are written so that NaN is never in range).</summary>
internal sealed class ProblemList
{
    private readonly List<ScenarioProblem> _problems = [];

    public IReadOnlyList<ScenarioProblem> Problems => _problems;

    public static string Show(double value)
    {
        // Six significant digits as a person writes them (issue 14: no E-notation in what a user reads): thousands
        // separated, decimals written out, and powers of ten only beyond 10²¹ or below 10⁻¹⁵ ("1 × 10³⁰⁸").
        var inv = CultureInfo.InvariantCulture;
        if (!double.IsFinite(value) || value == 0)
        {
            return value.ToString(inv);
        }

        double magnitude = Math.Abs(value);
        if (magnitude >= 1e21 || magnitude < 1e-15)
        {
            return PowerOfTen.Format(value, 6);
        }

        // In decimal (exact in base ten, and 10⁻¹⁵ ≤ |value| < 10²¹ fits): whole numbers in full, others to six
        // significant digits, then written out.
        decimal d = (decimal)value;
        if (d != decimal.Truncate(d))
        {
            int exponent = (int)Math.Floor(Math.Log10(magnitude));
            d = exponent >= 5 ? Math.Round(d, MidpointRounding.AwayFromZero) : Math.Round(d, 5 - exponent, MidpointRounding.AwayFromZero);
        }

        return d.ToString("#,0.####################", inv);
    }

    /// <summary>A string value from the scenario in single quotes with control characters escaped (<see cref="QuotedText.Of"/>).</summary>
    public static string Quote(string? text) => QuotedText.Of(text);

    public void Add(string path, string message) => _problems.Add(new ScenarioProblem(path, message));

    /// <summary>Any number of magnitude at most <see cref="ScenarioValidator.MaxAmount"/>.</summary>
    public void Finite(string path, double value) => Between(path, value, -ScenarioValidator.MaxAmount, ScenarioValidator.MaxAmount);

    /// <summary>In [min, <see cref="ScenarioValidator.MaxAmount"/>].</summary>
    public void AtLeast(string path, double value, double min) => Between(path, value, min, ScenarioValidator.MaxAmount);

    /// <summary>An amount (tokens, USD, inferences, gas, bytes, nodes): in [0, <see cref="ScenarioValidator.MaxAmount"/>].</summary>
    public void NonNegative(string path, double value) => AtLeast(path, value, 0);

    /// <summary>In (0, <see cref="ScenarioValidator.MaxAmount"/>].</summary>
    public void Positive(string path, double value) => BetweenExclusiveMin(path, value, 0, ScenarioValidator.MaxAmount);

    /// <summary>Zero (none) or in [min, <see cref="ScenarioValidator.MaxAmount"/>]: for amounts the model divides by.</summary>
    public void ZeroOrAtLeast(string path, double value, double min)
    {
        if (!(value == 0 || (value >= min && value <= ScenarioValidator.MaxAmount)))
        {
            Add(path, $"is {Show(value)}; it must be 0 or between {Show(min)} and {Show(ScenarioValidator.MaxAmount)}");
        }
    }

    /// <summary>A share: in [0, 1].</summary>
    public void Fraction(string path, double value) => Between(path, value, 0, 1);

    /// <summary>In [min, max].</summary>
    public void Between(string path, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
        {
            Add(path, $"is {Show(value)}; it must be between {Show(min)} and {Show(max)}");
        }
    }

    /// <summary>In [min, max).</summary>
    public void BetweenExclusiveMax(string path, double value, double min, double max)
    {
        if (!(value >= min && value < max))
        {
            Add(path, $"is {Show(value)}; it must be ≥ {Show(min)} and < {Show(max)}");
        }
    }

    /// <summary>In (min, max].</summary>
    public void BetweenExclusiveMin(string path, double value, double min, double max)
    {
        if (!(value > min && value <= max))
        {
            Add(path, $"is {Show(value)}; it must be > {Show(min)} and ≤ {Show(max)}");
        }
    }

    public void IntBetween(string path, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(path, $"is {value}; it must be a whole number from {min} to {max}");
        }
    }

    public void IntAtLeast(string path, int value, int min)
    {
        if (value < min)
        {
            Add(path, $"is {value}; it must be a whole number ≥ {min}");
        }
    }

    public void NotEmpty(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "is empty; it must be a non-empty string");
        }
    }

    public void NotEmpty<T>(string path, IReadOnlyList<T> values)
    {
        if (values.Count == 0)
        {
            Add(path, "is empty; it must hold at least one value");
        }
    }

    public void EachNonNegative(string path, IReadOnlyList<double> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            NonNegative($"{path}[{i}]", values[i]);
        }
    }

    public void MaxLength<T>(string path, IReadOnlyList<T> values, int max)
    {
        if (values.Count > max)
        {
            Add(path, $"has {values.Count} items; at most {max} are allowed");
        }
    }
}

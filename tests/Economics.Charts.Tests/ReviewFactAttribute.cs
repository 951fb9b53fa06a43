namespace Economics.Charts.Tests;

/// <summary>A fact that runs only when <see cref="Variable"/> names an output folder.</summary>
public sealed class ReviewFactAttribute : FactAttribute
{
    public const string Variable = "ECON_REVIEW_DIR";

    public ReviewFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"set {Variable} to render every chart for a visual check";
        }
    }
}

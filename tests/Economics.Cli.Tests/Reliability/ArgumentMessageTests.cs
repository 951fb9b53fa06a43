namespace Economics.Cli.Tests.Reliability;

/// <summary><see cref="ArgumentMessage"/>: an argument error's own words, without .NET's parameter and value tails.</summary>
public sealed class ArgumentMessageTests
{
    [Fact]
    public void The_parameter_and_actual_value_tails_are_dropped()
    {
        Assert.Equal("threads must be between 1 and 1024; got 0", ArgumentMessage.Of(new ArgumentOutOfRangeException("Threads", 0, "threads must be between 1 and 1024; got 0")));
        Assert.Equal("name at least one metric", ArgumentMessage.Of(new ArgumentException("name at least one metric", "metrics")));
    }

    [Fact]
    public void Without_a_parameter_name_the_actual_value_tail_is_still_dropped_and_other_messages_pass_unchanged()
    {
        Assert.Equal("too many cells", ArgumentMessage.Of(new ArgumentOutOfRangeException(null, 12, "too many cells")));
        Assert.Equal("sweep axis x: unknown", ArgumentMessage.Of(new ArgumentException("sweep axis x: unknown")));
        // A message that itself contains parentheses keeps them.
        Assert.Equal("fees (per call) must be ≥ 0", ArgumentMessage.Of(new ArgumentException("fees (per call) must be ≥ 0")));
    }
}

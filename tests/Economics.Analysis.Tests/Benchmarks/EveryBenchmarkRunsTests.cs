using System.Reflection;
using BenchmarkDotNet.Attributes;
using Economics.Benchmarks;

namespace Economics.Analysis.Tests.Benchmarks;

/// <summary>Each BenchmarkDotNet benchmark, set up and run once in process: a benchmark that throws (a field path the v2
/// schema renamed, arrays sized for v1's 120 months) shows as NA in BenchmarkDotNet's table and fails nothing there, so it
/// fails here. Every value of a text parameter (each scenario) is run; of a numeric one (paths), the smallest.</summary>
public sealed class EveryBenchmarkRunsTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in Types())
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                foreach (var parameters in ParameterSets(type))
                {
                    data.Add($"{type.Name}.{method.Name}", parameters);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_benchmarks_are_found()
    {
        var names = Types().Select(t => t.Name).ToArray();
        Assert.Contains(nameof(SimulationBenchmarks), names);
        Assert.Contains(nameof(ViabilityGridBenchmarks), names);
        Assert.True(Cases().Count >= 15, $"{Cases().Count} benchmark cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_benchmark_sets_up_and_runs_once(string benchmark, string parameters)
    {
        string[] parts = benchmark.Split('.');
        var type = Types().Single(t => t.Name == parts[0]);
        object instance = Activator.CreateInstance(type)!;
        foreach (string assignment in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = assignment.Split('=', 2);
            var property = type.GetProperty(kv[0])!;
            object value = property.GetCustomAttribute<ParamsAttribute>()!.Values.Single(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) == kv[1])!;
            property.SetValue(instance, value);
        }

        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        var exception = Record.Exception(() => type.GetMethod(parts[1])!.Invoke(instance, null));
        Assert.Null(exception?.InnerException ?? exception);
    }

    private static IEnumerable<Type> Types() =>
        typeof(SimulationBenchmarks).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    // One "name=value;…" per combination: every value of a text parameter, the smallest of a numeric one.
    private static IEnumerable<string> ParameterSets(Type type)
    {
        IEnumerable<string> sets = [string.Empty];
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
        {
            object?[] values = property.GetCustomAttribute<ParamsAttribute>()!.Values;
            var chosen = values.All(v => v is IConvertible and not string) ? [values.Min()] : values;
            var texts = chosen.Select(v => $"{property.Name}={Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)}").ToArray();
            sets = sets.SelectMany(s => texts.Select(t => s.Length == 0 ? t : $"{s};{t}")).ToArray();
        }

        return sets;
    }
}

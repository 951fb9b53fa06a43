using System.Reflection;
using System.Runtime.Loader;
using Economics.Analysis.MonteCarlo;
using Economics.Model.Results;

namespace Economics.Notebooks;

/// <summary>
/// The load context that holds Economics.Charts with Plotly.NET and the FSharp.Core it was built against (10.1),
/// loaded from the package's build output. A notebook kernel has its own FSharp.Core loaded before any cell (the
/// real kernel ships 10.0), and Plotly.NET 6 fails against it; in this context Plotly.NET sees only its own.
/// </summary>
/// <remarks>
/// The model's and the analyses' assemblies (and what they depend on: Deedle, MathNet.Numerics) are shared with the
/// context that loaded this assembly, so a <see cref="SimulationResult"/> computed in a cell is the same type the
/// charts take. Everything else found in <see cref="Directory"/> is loaded here, from there; framework assemblies
/// come from the default context.
/// </remarks>
internal sealed class ChartLoadContext : AssemblyLoadContext
{
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        "Economics.Model", "Economics.Analysis", "Economics.Notebooks", "Deedle", "MathNet.Numerics",
    };

    private readonly AssemblyLoadContext _host;

    public ChartLoadContext(string directory)
        : base("Economics.Charts (isolated: Plotly.NET, FSharp.Core)", isCollectible: false)
    {
        Directory = directory;
        _host = GetLoadContext(typeof(ChartLoadContext).Assembly) ?? Default;
    }

    /// <summary>The folder the chart assemblies are loaded from (the build output holding this assembly).</summary>
    public string Directory { get; }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        string name = assemblyName.Name ?? string.Empty;
        if (name.Equals("Economics.Model", StringComparison.OrdinalIgnoreCase))
        {
            return typeof(SimulationResult).Assembly;
        }

        if (name.Equals("Economics.Analysis", StringComparison.OrdinalIgnoreCase))
        {
            return typeof(MonteCarloResult).Assembly;
        }

        if (name.Equals("Economics.Notebooks", StringComparison.OrdinalIgnoreCase))
        {
            return typeof(ChartLoadContext).Assembly;
        }

        if (Shared.Contains(name))
        {
            return _host.LoadFromAssemblyName(assemblyName);
        }

        string path = Path.Combine(Directory, name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}

using System.Reflection;

namespace Economics.Notebooks;

/// <summary>
/// The charts of <c>Economics.Charts</c> for notebooks, loaded in an isolated <see cref="ChartLoadContext"/> so they
/// work in any kernel whatever FSharp.Core it carries. A chart class is used in a cell exactly as in C# code
/// (<c>RunCharts.SubsidyDependence(result)</c>): <c>notebooks/_setup.dib</c> declares
/// <c>dynamic RunCharts = ChartLibrary.Type("Economics.Charts.Single.RunCharts")</c>, and every chart comes back as a
/// <see cref="NotebookChart"/> that displays as offline HTML.
/// </summary>
public static class ChartLibrary
{
    private static readonly Lazy<ChartLoadContext> Context = new(
        () => new ChartLoadContext(Path.GetDirectoryName(typeof(ChartLibrary).Assembly.Location) ?? AppContext.BaseDirectory),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Assembly> Charts = new(
        () => Context.Value.LoadFromAssemblyPath(Path.Combine(Context.Value.Directory, "Economics.Charts.dll")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<(string Source, string Version)> Plotly = new(
        () => ((string)Property("Economics.Charts.Export.PlotlyJs", "Source"), (string)Property("Economics.Charts.Export.PlotlyJs", "Version")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder the chart assemblies come from.</summary>
    public static string Directory => Context.Value.Directory;

    /// <summary>The version of Economics.Charts' Plotly.NET and of the FSharp.Core it runs with, as loaded.</summary>
    public static string Versions
    {
        get
        {
            var plotly = Context.Value.LoadFromAssemblyName(new AssemblyName("Plotly.NET")).GetName().Version;
            var fsharp = Context.Value.LoadFromAssemblyName(new AssemblyName("FSharp.Core")).GetName().Version;
            return $"Plotly.NET {plotly}, FSharp.Core {fsharp}, plotly.js {PlotlyVersion} (inline, offline)";
        }
    }

    /// <summary>The plotly.js version that charts are drawn with.</summary>
    public static string PlotlyVersion => Plotly.Value.Version;

    /// <summary>The plotly.js source shipped in Plotly.NET (minified, ≈ 3.6 MB), with "&lt;/script" escaped.</summary>
    public static string PlotlyJsSource => Plotly.Value.Source;

    /// <summary>A chart class of Economics.Charts by full name, as an object whose static methods can be called
    /// dynamically; results that are charts are returned as <see cref="NotebookChart"/>.</summary>
    /// <exception cref="TypeLoadException">No such public class in Economics.Charts.</exception>
    public static ChartClass Type(string fullName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        var type = Charts.Value.GetType(fullName, throwOnError: false)
            ?? throw new TypeLoadException($"Economics.Charts has no class {fullName}");
        return new ChartClass(type);
    }

    /// <summary>Wraps what a chart method returned: a Plotly.NET chart becomes a <see cref="NotebookChart"/>, a named
    /// chart too (with its caption), a list of either a list of <see cref="NotebookChart"/>; anything else is returned
    /// as it is.</summary>
    internal static object? Wrap(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string:
                return value;
        }

        var type = value.GetType();
        if (IsGenericChart(type))
        {
            return new NotebookChart(FigureJson(value));
        }

        if (type.FullName == "Economics.Charts.NamedChart")
        {
            string id = (string)type.GetProperty("Id")!.GetValue(value)!;
            string caption = (string)type.GetProperty("Caption")!.GetValue(value)!;
            return new NotebookChart(FigureJson(type.GetProperty("Chart")!.GetValue(value)!)) { Id = id, Caption = caption };
        }

        if (value is System.Collections.IEnumerable items && type.IsGenericType &&
            type.GetInterfaces().Concat([type]).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) &&
                (IsGenericChart(i.GetGenericArguments()[0]) || i.GetGenericArguments()[0].FullName == "Economics.Charts.NamedChart")))
        {
            return items.Cast<object>().Select(i => (NotebookChart)Wrap(i)!).ToList();
        }

        return value;
    }

    private static bool IsGenericChart(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.FullName == "Plotly.NET.GenericChart")
            {
                return true;
            }
        }

        return false;
    }

    private static string FigureJson(object chart) =>
        (string)Charts.Value.GetType("Economics.Charts.Export.ChartJson", throwOnError: true)!
            .GetMethod("Figure", BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, [chart])!;

    private static object Property(string typeName, string property) =>
        Charts.Value.GetType(typeName, throwOnError: true)!
            .GetProperty(property, BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;
}

using Economics.Cli.Notebooks;
using Xunit.Abstractions;

namespace Economics.Cli.Tests.Notebooks;

public class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        await Once();
        await Once();
    }

    private async Task Once()
    {
        var result = await NotebookRunner.RunAsync(new NotebookRunOptions
        {
            NotebookPath = Path.Combine(RepoPaths.Fixtures, "probe.ipynb"),
            Parameters = [NotebookParameter.Parse("emissions.stopAtMonth=12"), NotebookParameter.Parse("label=x y")],
            OutputPath = Path.Combine(Path.GetTempPath(), "probe-out.ipynb"),
        });
        output.WriteLine($"{result.Elapsed} {result.Failure}");
        foreach (var c in result.Cells)
        {
            output.WriteLine($"cell {c.Number} {c.Kind} inj={c.IsInjected} {c.Elapsed.TotalSeconds:F2}s");
            foreach (var o in c.Outputs)
            {
                output.WriteLine($"   {o.Kind}: {string.Join(" | ", o.Values.Select(kv => kv.Key + "=" + kv.Value[..Math.Min(150, kv.Value.Length)]))}");
            }
        }

        Assert.True(result.Succeeded);
    }
}

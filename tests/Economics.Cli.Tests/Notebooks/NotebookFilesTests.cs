using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Economics.Cli.Notebooks;

namespace Economics.Cli.Tests.Notebooks;

/// <summary>The notebooks as files: what VS Code needs to open them, the shape every notebook shares, and setup
/// references that point at real build outputs.</summary>
public partial class NotebookFilesTests
{
    private static IEnumerable<string> Files() => NotebookFiles.All();

    [Fact]
    public void Every_notebook_has_the_polyglot_metadata_vs_code_expects_and_no_stored_outputs()
    {
        foreach (string file in Files())
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Notebooks, file)))!;
            Assert.True((string?)json["metadata"]!["kernelspec"]!["name"] == ".net-csharp", file);
            Assert.True((string?)json["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"] == "csharp", file);
            foreach (var cell in json["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
            {
                Assert.True((string?)cell!["metadata"]!["polyglot_notebook"]!["kernelName"] == "csharp", file);
                Assert.True(cell["outputs"]!.AsArray().Count == 0, $"{file} has stored outputs; clear them before committing");
            }
        }
    }

    [Fact]
    public void Every_notebook_imports_the_setup_first_and_has_one_parameters_cell_with_a_scenario_and_overrides()
    {
        foreach (string file in Files())
        {
            var code = NotebookRunner.Read(Path.Combine(RepoPaths.Notebooks, file)).Elements.Where(e => e.KernelName != "markdown").ToList();
            Assert.True(code[0].Contents.Trim().StartsWith("#!import _setup.dib", StringComparison.Ordinal), $"{file}: the first code cell must start with #!import _setup.dib");
            var parameters = Assert.Single(code, c => NotebookParameters.IsParametersCell(c.Contents, []));
            var declared = NotebookParameters.Declarations(parameters.Contents);
            Assert.True(declared.ContainsKey(NotebookParameters.OverridesVariable), $"{file}: the parameters cell declares no overrides list");
        }
    }

    [Fact]
    public void Every_cell_has_a_unique_id_as_nbformat_4_5_requires()
    {
        foreach (string file in Files())
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Notebooks, file)))!;
            Assert.True((int?)json["nbformat"] == 4 && (int?)json["nbformat_minor"] >= 5, $"{file}: nbformat 4.5 or later");
            var ids = json["cells"]!.AsArray().Select(c => (string?)c!["id"]).ToList();
            Assert.All(ids, id => Assert.True(id is not null && CellId().IsMatch(id), $"{file}: cell id '{id}' is missing or not 1-64 of [a-zA-Z0-9-_]"));
            Assert.True(ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, $"{file}: cell ids repeat");
        }
    }

    [Fact]
    public void The_setup_references_no_charting_or_kernel_assembly_so_the_kernel_loads_its_own()
    {
        // Plotly.NET needs a newer FSharp.Core than the kernel's (it loads in ChartLoadContext), econ.dll would bring
        // Html.Abstractions 2.3 against the kernel's 10.0 (warning CS1701 in every HTML output), and a NuGet package
        // would need the network.
        string setup = File.ReadAllText(Path.Combine(RepoPaths.Notebooks, "_setup.dib"));
        var references = Reference().Matches(setup).Select(m => Path.GetFileName(m.Groups[1].Value)).ToList();

        Assert.Equal(["Economics.Model.dll", "Economics.Analysis.dll", "Deedle.dll", "Economics.Notebooks.dll"], references);
        Assert.DoesNotContain("nuget:", setup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setup_references_assemblies_of_the_cli_build_output()
    {
        string setup = File.ReadAllText(Path.Combine(RepoPaths.Notebooks, "_setup.dib"));
        var paths = Reference().Matches(setup).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(paths);
        foreach (string path in paths)
        {
            Assert.StartsWith("../src/Economics.Cli/bin/Debug/net10.0/", path, StringComparison.Ordinal);
            // The headless runner redirects these to its own folder, which must hold the same file.
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, Path.GetFileName(path))), $"{path}: no such assembly in the build output");
#if DEBUG
            // What VS Code opens: building the tests (Debug) built the CLI, so the path itself exists.
            Assert.True(File.Exists(Path.GetFullPath(path, RepoPaths.Notebooks)), $"{path} does not exist; run dotnet build");
#endif
        }
    }

    [GeneratedRegex(@"^#r ""(?!nuget:)([^""]+)""", RegexOptions.Multiline)]
    private static partial Regex Reference();

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex CellId();
}

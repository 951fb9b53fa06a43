using System.Text.Json.Nodes;
using Economics.Cli.Notebooks;

namespace Economics.Cli.Tests.Notebooks;

[Collection(NotebookRuns.Name)]
public class NotebookRunnerTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, name);

    [Fact]
    public async Task A_cell_that_does_not_compile_fails_the_run_with_its_number_and_the_compiler_message()
    {
        using var temp = new TempDirectory();

        var result = await NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("broken.ipynb"), OutputPath = temp.File("broken.ipynb") });

        Assert.False(result.Succeeded);
        var failure = result.Failure!;
        Assert.Equal("broken.ipynb", failure.Notebook);
        Assert.Equal(4, failure.CellNumber); // markdown, code, markdown, the broken code cell
        Assert.False(failure.IsInjected);
        Assert.Contains("CS0103", failure.Message, StringComparison.Ordinal);
        Assert.Contains("answr", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith("broken.ipynb: cell 4 failed: ", failure.ToString(), StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4], result.Cells.Select(c => c.Number)); // cell 5 never ran
        Assert.Equal("42", OutputText.Of(Assert.Single(result.Cell(2).Outputs)));
    }

    [Fact]
    public async Task The_executed_notebook_of_a_failed_run_holds_the_error_and_every_cell()
    {
        using var temp = new TempDirectory();

        await NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("broken.ipynb"), OutputPath = temp.File("out.ipynb") });

        var cells = JsonNode.Parse(File.ReadAllText(temp.File("out.ipynb")))!["cells"]!.AsArray();
        Assert.Equal(5, cells.Count);
        var error = Assert.Single(cells[3]!["outputs"]!.AsArray());
        Assert.Equal("error", (string?)error!["output_type"]);
        Assert.Contains("CS0103", (string?)error["evalue"], StringComparison.Ordinal);
        Assert.Empty(cells[4]!["outputs"]!.AsArray());
    }

    [Fact]
    public async Task An_exception_in_a_cell_is_reported_with_its_message()
    {
        var result = await NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("throws.ipynb") });

        Assert.Equal(2, result.Failure?.CellNumber);
        Assert.Contains("the model refused", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Injected_parameters_change_the_displayed_values()
    {
        using var temp = new TempDirectory();
        var before = await NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("parameters.ipynb") });

        var after = await NotebookRunner.RunAsync(new NotebookRunOptions
        {
            NotebookPath = Fixture("parameters.ipynb"),
            Parameters = [NotebookParameter.Parse("months=7"), NotebookParameter.Parse("label=two words"), NotebookParameter.Parse("token.pools[0].stopMonth=12"), NotebookParameter.Parse("rate=0.25")],
            OutputPath = temp.File("out.ipynb"),
        });

        Assert.True(after.Succeeded, after.Failure?.ToString());
        Assert.Equal("months=3 rate=0.5", Text(before, 3));
        Assert.Equal("two words=7 rate=0.25", Text(after, 3));
        Assert.Equal("token.pools[0].stopMonth=12", Text(after, 4));
        var injected = Assert.Single(after.Cells, c => c.IsInjected);
        Assert.Equal(2, injected.Number); // it follows the parameters cell, cell 2
        var cells = JsonNode.Parse(File.ReadAllText(temp.File("out.ipynb")))!["cells"]!.AsArray();
        Assert.Equal(5, cells.Count);
        Assert.Equal(NotebookParameters.InjectedTag, (string?)cells[2]!["metadata"]!["tags"]![0]);
    }

    [Fact]
    public async Task A_parameter_the_notebook_cannot_take_is_rejected_before_running()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => NotebookRunner.RunAsync(new NotebookRunOptions
        {
            NotebookPath = Fixture("no-parameters.ipynb"),
            Parameters = [NotebookParameter.Parse("months=7")],
        }));

        Assert.Contains("no-parameters.ipynb has no parameters cell", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relative_references_resolve_against_the_notebook_and_use_the_hosts_build()
    {
        var result = await NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("references.ipynb") });

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal("baseline", OutputText.Of(Assert.Single(result.Cell(2).Outputs)));
    }

    [Fact]
    public void A_reference_is_redirected_to_the_assembly_directory_only_when_it_has_that_file()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("Economics.Model.dll"), string.Empty);
        string folder = Path.Combine(temp.Path, "notebooks");

        string code = NotebookRunner.ResolveReferences(
            "#r \"../bin/Economics.Model.dll\"\n#r \"lib/Other.dll\"\n#r \"nuget: Plotly.NET.Interactive, 6.0.0\"", folder, temp.Path);

        Assert.Equal(
            $"#r \"{temp.File("Economics.Model.dll")}\"\n#r \"{Path.Combine(folder, "lib", "Other.dll")}\"\n#r \"nuget: Plotly.NET.Interactive, 6.0.0\"",
            code);
    }

    [Fact]
    public async Task A_missing_import_fails_its_cell_naming_the_file()
    {
        var result = await NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("missing-import.ipynb") });

        Assert.Equal(2, result.Failure?.CellNumber);
        Assert.Contains("no-such-setup.dib", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_notebook_is_invalid_data_naming_it() =>
        Assert.Contains("not-a-notebook.ipynb is not a readable notebook", (await Assert.ThrowsAsync<InvalidDataException>(() =>
            NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("not-a-notebook.ipynb") }))).Message, StringComparison.Ordinal);

    [Fact]
    public async Task A_notebook_that_is_not_json_says_where_and_what_in_one_sentence()
    {
        using var dir = new TempDirectory();
        string path = dir.File("README.ipynb");
        File.WriteAllText(path, "# Not a notebook\n");

        string message = (await Assert.ThrowsAsync<InvalidDataException>(() => NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = path }))).Message;

        Assert.Equal("README.ipynb is not a readable notebook: not valid JSON at line 1, column 1: '#' is an invalid start of a value.", message);
    }

    [Fact]
    public async Task A_missing_notebook_is_a_file_not_found_naming_it() =>
        Assert.Contains("nope.ipynb", (await Assert.ThrowsAsync<FileNotFoundException>(() =>
            NotebookRunner.RunAsync(new NotebookRunOptions { NotebookPath = Fixture("nope.ipynb") }))).Message, StringComparison.Ordinal);

    private static string? Text(NotebookRunResult result, int cell) =>
        OutputText.Of(result.Cell(cell).Outputs.Single());
}

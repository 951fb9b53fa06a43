using System.Globalization;

namespace Economics.Model.Tests.Scenarios;

/// <summary>data/reference/*.csv: one row per figure, each with a unit and a source (URL, document or "estimate").</summary>
public sealed class ReferenceDataTests
{
    private static readonly string[] Header = ["key", "value", "unit", "source", "retrieved", "note"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepoFiles.ReferenceFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Reference_folder_holds_csv_files_and_a_readme_describing_each()
    {
        var files = RepoFiles.ReferenceFiles();
        string readme = File.ReadAllText(Path.Combine(RepoFiles.ReferenceDirectory, "README.md"));

        Assert.NotEmpty(files);
        var undescribed = files.Select(Path.GetFileName).Where(f => !readme.Contains(f!, StringComparison.Ordinal)).ToList();
        Assert.True(undescribed.Count == 0, "README.md does not describe: " + string.Join(", ", undescribed));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_row_has_a_unit_and_a_source(string file)
    {
        var rows = CsvReader.Parse(File.ReadAllText(Path.Combine(RepoFiles.ReferenceDirectory, file)));

        Assert.Equal(Header, rows[0]);
        var problems = new List<string>();
        foreach (var (row, line) in rows.Skip(1).Select((r, i) => (r, i + 2)))
        {
            if (row.Count != Header.Length)
            {
                problems.Add($"line {line}: {row.Count} fields, expected {Header.Length}");
                continue;
            }

            if (string.IsNullOrWhiteSpace(row[0]) || string.IsNullOrWhiteSpace(row[1]))
            {
                problems.Add($"line {line}: empty key or value");
            }

            if (string.IsNullOrWhiteSpace(row[2]))
            {
                problems.Add($"line {line} ({row[0]}): empty unit");
            }

            if (!IsSource(row[3]))
            {
                problems.Add($"line {line} ({row[0]}): source '{row[3]}' is neither a URL, a repository document nor 'estimate'");
            }

            if (!DateOnly.TryParseExact(row[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"line {line} ({row[0]}): retrieved '{row[4]}' is not yyyy-MM-dd");
            }

            if (row[3] == "estimate" && string.IsNullOrWhiteSpace(row[5]))
            {
                problems.Add($"line {line} ({row[0]}): an estimate needs its reasoning in the note");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(rows.Count - 1, rows.Skip(1).Select(r => r[0]).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("https://eips.ethereum.org/EIPS/eip-2929", true)]
    [InlineData("estimate", true)]
    [InlineData("data/scenarios/baseline.json", true)]
    [InlineData("data/reference/no-such-file.csv", false)]
    [InlineData("ftp://example.com/x", false)]
    [InlineData("a blog post", false)]
    [InlineData("", false)]
    public void Source_must_be_a_url_an_existing_document_or_estimate(string source, bool expected) =>
        Assert.Equal(expected, IsSource(source));

    private static bool IsSource(string source)
    {
        if (source == "estimate")
        {
            return true;
        }

        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return uri.Scheme is "http" or "https";
        }

        if (string.IsNullOrWhiteSpace(source) || source.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        string path = source.Split('#')[0];
        return File.Exists(Path.Combine(RepoFiles.RepoRoot, path));
    }
}

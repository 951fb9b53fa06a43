namespace Economics.Cli.Tests.Docs;

/// <summary>
/// A temporary working directory that looks like the repository root: every top-level entry of the repository (but
/// <c>out/</c> and build output) is a symbolic link to the real one, so a documented command reads
/// <c>data/scenarios/…</c> and <c>notebooks/…</c> exactly as written, while everything it writes to a relative path
/// (<c>out/baseline/</c>, <c>--out out/q.ipynb</c>) lands in the sandbox, and an absolute path under the system temp
/// folder (<c>--out /tmp/x</c>) is moved into it too. Deleted on dispose (the links, never what they point to).
/// </summary>
internal sealed class DocSandbox : IDisposable
{
    private static readonly string[] NotLinked = ["out", ".git", "bin", "obj", "TestResults", "BenchmarkDotNet.Artifacts"];

    public DocSandbox(string repositoryRoot)
    {
        Directory.CreateDirectory(Root);
        foreach (string entry in Directory.EnumerateFileSystemEntries(repositoryRoot))
        {
            string name = System.IO.Path.GetFileName(entry);
            if (NotLinked.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            string link = System.IO.Path.Combine(Root, name);
            if (Directory.Exists(entry))
            {
                Directory.CreateSymbolicLink(link, entry);
            }
            else
            {
                File.CreateSymbolicLink(link, entry);
            }
        }
    }

    /// <summary>The sandbox folder (the working directory of the commands).</summary>
    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "econ-docs-" + Guid.NewGuid().ToString("N"));

    /// <summary>An argument with an absolute path in the system temp folder moved into the sandbox (also after
    /// <c>name=</c>); others unchanged.</summary>
    public string Redirect(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        string temp = System.IO.Path.GetTempPath();
        foreach (string prefix in new[] { temp, "/tmp/" }.Distinct(StringComparer.Ordinal))
        {
            int at = argument.IndexOf(prefix, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || argument[at - 1] == '=') && !argument.StartsWith(Root, StringComparison.Ordinal))
            {
                return argument[..at] + System.IO.Path.Combine(Root, "tmp", argument[(at + prefix.Length)..]);
            }
        }

        return argument;
    }

    public void Dispose()
    {
        try
        {
            // Remove the links first so that a recursive delete can never follow one into the repository.
            foreach (string entry in Directory.EnumerateFileSystemEntries(Root))
            {
                var info = new FileInfo(entry);
                if (info.LinkTarget is not null)
                {
                    if (Directory.Exists(entry))
                    {
                        Directory.Delete(entry);
                    }
                    else
                    {
                        File.Delete(entry);
                    }
                }
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

namespace Economics.Cli.Tests.Docs;

/// <summary>What a documented command is, which decides how <see cref="DocExamplesTests"/> checks it.</summary>
internal enum DocCommandKind
{
    /// <summary><c>econ …</c> or <c>dotnet run [-c C] --project src/Economics.Cli -- …</c>: run in-process through
    /// <see cref="EconCli.Run"/>, in a sandbox of the repository, and its exit code (and message) asserted.</summary>
    Econ,

    /// <summary>A synopsis (<c>econ run [scenario] [--set path=value]…</c>: brackets, &lt;placeholders&gt;, …, |):
    /// not runnable as written; its command must exist and every option it names must be an option of that command.</summary>
    Usage,

    /// <summary><c>dotnet test …</c>: not re-run from inside the test run (that would recurse); the project it names
    /// must exist.</summary>
    DotnetTest,

    /// <summary><c>dotnet build …</c>: the test run has just built the solution; the project it names must exist.</summary>
    DotnetBuild,

    /// <summary><c>dotnet pack …</c> and <c>dotnet tool …</c>: executed by <see cref="ToolPackageTests"/> (pack, install
    /// into a temporary tool path, run <c>econ --help</c>); here the project it names must exist.</summary>
    DotnetTool,

    /// <summary><c>dotnet run --project &lt;another project&gt; …</c> (the benchmarks): too long to run in a test; the
    /// project must exist.</summary>
    DotnetRunOther,
}

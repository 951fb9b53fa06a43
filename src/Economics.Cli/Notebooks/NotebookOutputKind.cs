namespace Economics.Cli.Notebooks;

/// <summary>What produced a <see cref="NotebookOutput"/>.</summary>
public enum NotebookOutputKind
{
    /// <summary><c>display(x)</c> or <c>x.Display()</c>.</summary>
    Display,

    /// <summary>The value of a cell's last expression.</summary>
    ReturnValue,

    /// <summary>Text written to standard output.</summary>
    StandardOutput,

    /// <summary>Text written to standard error.</summary>
    StandardError,
}

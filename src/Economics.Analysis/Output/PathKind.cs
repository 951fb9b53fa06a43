namespace Economics.Analysis.Output;

/// <summary>What a path names, without following a symbolic link in its last segment.</summary>
public enum PathKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file: the only kind of entry econ ever replaces.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (whatever it points to).</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO).</summary>
    Fifo,

    /// <summary>A character or block device (e.g. <c>/dev/null</c>).</summary>
    Device,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>Another kind of special file.</summary>
    Other,
}

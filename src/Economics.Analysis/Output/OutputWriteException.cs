namespace Economics.Analysis.Output;

/// <summary>
/// Writing an output failed (disk full, file-size limit, no permission, a read-only file system). The message names
/// the path and the system's reason; the temporary file was removed and the previous output is unchanged.
/// </summary>
public sealed class OutputWriteException : IOException
{
    /// <summary>Creates the exception with the message the user sees.</summary>
    public OutputWriteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message the user sees and its cause.</summary>
    public OutputWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public OutputWriteException()
        : base("An output could not be written.")
    {
    }

    /// <summary>Wraps a failure of the file system while writing <paramref name="path"/>.</summary>
    internal static OutputWriteException For(string path, Exception cause) =>
        new($"cannot write {path}: {cause.Message.TrimEnd('.', ' ')}; the previous output is unchanged", cause);

    /// <summary>Wraps a failure of the file system while writing <paramref name="path"/> through the temporary file
    /// <paramref name="temporary"/>: the message names the path asked for, never the temporary one, and a folder that
    /// refuses to create files (ENOENT on create, as /proc does) says so rather than "could not find file".</summary>
    internal static OutputWriteException For(string path, string temporary, Exception cause) =>
        cause is FileNotFoundException && Directory.Exists(Path.GetDirectoryName(path))
            ? new($"cannot write {path}: the folder {Path.GetDirectoryName(path)} does not let files be created in it; the previous output is unchanged", cause)
            : new($"cannot write {path}: {cause.Message.Replace(temporary, path, StringComparison.Ordinal).TrimEnd('.', ' ')}; the previous output is unchanged", cause);
}

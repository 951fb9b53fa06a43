using System.Text;

namespace Economics.Analysis.Output;

/// <summary>
/// Writes files atomically: content goes to a temporary file in the same folder, which is then moved over the
/// target. An interrupted run leaves either the old complete file or the new complete file, never half a file.
/// </summary>
/// <remarks>
/// <para>Only a regular file is ever replaced: a FIFO, a device (<c>/dev/null</c>), a socket, a symbolic link or a
/// folder at the target is refused with <see cref="InvalidOutputPathException"/> before anything is written.</para>
/// <para>Temporary files are named <c>.&lt;name&gt;.&lt;pid&gt;-&lt;guid&gt;.tmp</c>; each write first deletes those
/// of the same target left by a process that is gone (<c>kill -9</c>). <see cref="OutputCancellation.Cancel"/>
/// deletes those in progress. A failure of the file system (disk full, file-size limit) is an
/// <see cref="OutputWriteException"/> naming the path.</para>
/// </remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="path"/> atomically; creates the folder.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            byte[] bytes = Utf8NoBom.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        });
    }

    /// <summary>Writes text through <paramref name="write"/> (UTF-8, no BOM, buffered: nothing is held in memory as a
    /// whole) to <paramref name="path"/> atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
            writer.Flush();
        });
    }

    /// <summary>Writes through <paramref name="write"/> to a temporary file, then moves it to <paramref name="path"/>.
    /// If <paramref name="write"/> throws, the temporary file is deleted and the target is untouched.</summary>
    /// <exception cref="InvalidOutputPathException">The path is empty, under a file, or names something other than a regular file.</exception>
    /// <exception cref="OutputWriteException">The file system failed (disk full, file-size limit, permissions).</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string full = OutputPath.CheckFile(path);
        WriteChecked(full, PathSuffix.None, temp =>
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
        });
    }

    /// <summary>Lets <paramref name="writeToPath"/> write a file by path (for libraries that only write to paths),
    /// then moves it to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The final path.</param>
    /// <param name="writeToPath">Writes the complete file at the temporary path it is given (same extension).</param>
    public static void WriteVia(string path, Action<string> writeToPath)
    {
        ArgumentNullException.ThrowIfNull(writeToPath);
        string full = OutputPath.CheckFile(path);
        WriteChecked(full, PathSuffix.Extension, writeToPath);
    }

    private enum PathSuffix
    {
        None,
        Extension,
    }

    // .NET reports EFBIG (a write past the file-size limit, once SIGXFSZ is ignored) as ArgumentOutOfRangeException("value")
    // thrown by its file I/O.
    private static bool IsFileTooLarge(ArgumentOutOfRangeException e) =>
        e.ParamName == "value" && e.TargetSite?.DeclaringType?.Namespace == "System.IO";

    private static void WriteChecked(string full, PathSuffix suffix, Action<string> writeTemporary)
    {
        OutputPath.CreateFolder(Path.GetDirectoryName(full)!);
        OutputPath.DeleteStaleTemporaries(full);
        string temp = OutputPath.TemporaryName(full, suffix == PathSuffix.Extension ? Path.GetExtension(full) : string.Empty);
        using var tracked = OutputCancellation.Track(temp);
        try
        {
            writeTemporary(temp);
            OutputCancellation.Commit(() =>
            {
                OutputPath.CheckReplaceableFile(full);
                File.Move(temp, full, overwrite: true);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
            && e is not InvalidOutputPathException and not OutputWriteException)
        {
            OutputCancellation.TryDelete(temp);
            throw OutputWriteException.For(full, temp, e);
        }
        catch (ArgumentOutOfRangeException e) when (IsFileTooLarge(e))
        {
            OutputCancellation.TryDelete(temp);
            throw new OutputWriteException(
                $"cannot write {full}: the file is larger than the file-size limit (ulimit -f) or the file system allows; the previous output is unchanged", e);
        }
        catch
        {
            OutputCancellation.TryDelete(temp);
            throw;
        }
    }
}

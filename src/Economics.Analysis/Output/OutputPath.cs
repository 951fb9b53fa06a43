using System.Diagnostics;
using System.Globalization;

namespace Economics.Analysis.Output;

/// <summary>
/// Checks on output paths, made before anything is written, and the names of temporary outputs. Only regular files
/// and folders econ made are ever replaced: a FIFO, a device, a socket or a symbolic link where an output belongs is
/// refused with <see cref="InvalidOutputPathException"/>, as are an empty path, a file where a folder belongs and a
/// path under a file.
/// </summary>
public static class OutputPath
{
    /// <summary>What is at <paramref name="path"/>, not following a symbolic link in its last segment.</summary>
    public static PathKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return NativeFileSystem.KindOf(path);
    }

    /// <summary>The full path of an output file; throws <see cref="InvalidOutputPathException"/> for an empty path, a
    /// folder, a special file or a symbolic link at that path, or a parent that is a file.</summary>
    public static string CheckFile(string? path)
    {
        string full = Full(path);
        CheckReplaceableFile(full);
        CheckFolderChain(Path.GetDirectoryName(full) ?? full);
        return full;
    }

    /// <summary>The full path of an output folder; throws <see cref="InvalidOutputPathException"/> for an empty path,
    /// a file or special file at that path, or a parent that is a file. A symbolic link to a folder is followed.</summary>
    public static string CheckFolder(string? path)
    {
        string full = Full(path);
        switch (KindOf(full))
        {
            case PathKind.Missing:
            case PathKind.Directory:
                break;
            case PathKind.SymbolicLink when Directory.Exists(full):
                full = Path.GetFullPath(new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)!.FullName);
                break;
            case PathKind.RegularFile:
                throw new InvalidOutputPathException($"'{full}' is a file; give a folder for the outputs");
            case var kind:
                throw new InvalidOutputPathException($"'{full}' is {Describe(kind)}; give a folder for the outputs");
        }

        CheckFolderChain(full);
        return full;
    }

    /// <summary>Throws <see cref="InvalidOutputPathException"/> unless <paramref name="full"/> is missing or a regular file.</summary>
    internal static void CheckReplaceableFile(string full)
    {
        var kind = KindOf(full);
        if (kind is not (PathKind.Missing or PathKind.RegularFile))
        {
            throw new InvalidOutputPathException(kind == PathKind.Directory
                ? $"'{full}' is a folder; give a file name"
                : $"'{full}' is {Describe(kind)}; econ replaces only regular files, so it is left alone (choose another path)");
        }
    }

    /// <summary>Throws <see cref="InvalidOutputPathException"/> when a segment of <paramref name="folder"/> that exists is not a folder.</summary>
    internal static void CheckFolderChain(string folder)
    {
        for (string? current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current))
            {
                return;
            }

            var kind = KindOf(current);
            if (kind != PathKind.Missing)
            {
                throw new InvalidOutputPathException(current == folder
                    ? $"'{current}' is {Describe(kind)}, not a folder"
                    : $"'{folder}' cannot be created: '{current}' is {Describe(kind)}, not a folder");
            }
        }
    }

    /// <summary>Creates <paramref name="folder"/> (checked first with <see cref="CheckFolderChain"/>).</summary>
    internal static void CreateFolder(string folder)
    {
        CheckFolderChain(folder);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputWriteException.For(folder, e);
        }
    }

    /// <summary>"a file", "a FIFO (named pipe)", … for messages.</summary>
    internal static string Describe(PathKind kind) => kind switch
    {
        PathKind.RegularFile => "a file",
        PathKind.Directory => "a folder",
        PathKind.SymbolicLink => "a symbolic link",
        PathKind.Fifo => "a FIFO (named pipe)",
        PathKind.Device => "a device",
        PathKind.Socket => "a socket",
        _ => "a special file",
    };

    /// <summary>A fresh temporary name next to <paramref name="full"/>: <c>.&lt;name&gt;.&lt;pid&gt;-&lt;guid&gt;.tmp&lt;suffix&gt;</c>.</summary>
    internal static string TemporaryName(string full, string suffix = "") =>
        Path.Combine(Path.GetDirectoryName(full)!, string.Create(CultureInfo.InvariantCulture,
            $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp{suffix}"));

    /// <summary>Deletes the temporary files of <paramref name="full"/> left by runs that were killed (their process is
    /// gone), and those of earlier versions (named <c>.&lt;name&gt;.&lt;guid&gt;.tmp</c>).</summary>
    internal static void DeleteStaleTemporaries(string full)
    {
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        string name = Path.GetFileName(full);
        string stem = Path.GetFileNameWithoutExtension(full);
        try
        {
            foreach (string candidate in Directory.EnumerateFiles(folder, ".*.tmp*"))
            {
                string file = Path.GetFileName(candidate);
                if ((IsStaleTemporary(file, name) || IsStaleTemporary(file, stem))
                    && KindOf(candidate) == PathKind.RegularFile)
                {
                    OutputCancellation.TryDelete(candidate);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort.
        }
    }

    /// <summary>True when <paramref name="file"/> is <c>.&lt;name&gt;.&lt;tag&gt;.tmp…</c> and its tag names a process
    /// that is gone (or is a bare 32-digit guid, the format before the process id was added).</summary>
    internal static bool IsStaleTemporary(string file, string name)
    {
        string prefix = "." + name + ".";
        if (!file.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        int end = file.IndexOf(".tmp", prefix.Length, StringComparison.Ordinal);
        return end > prefix.Length && IsStaleTag(file[prefix.Length..end]);
    }

    /// <summary>True when <paramref name="file"/> is any temporary file name of a process that is gone
    /// (<c>.&lt;name&gt;.&lt;tag&gt;.tmp…</c>).</summary>
    internal static bool IsStaleTemporary(string file)
    {
        int end = file.LastIndexOf(".tmp", StringComparison.Ordinal);
        if (!file.StartsWith('.') || end <= 0)
        {
            return false;
        }

        int dot = file.LastIndexOf('.', end - 1);
        return dot > 0 && IsStaleTag(file[(dot + 1)..end]);
    }

    /// <summary>A tag <c>&lt;pid&gt;-&lt;guid&gt;</c> whose process is gone, or a bare guid (older versions).</summary>
    internal static bool IsStaleTag(string tag)
    {
        int dash = tag.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return tag.Length == 32 && Guid.TryParseExact(tag, "N", out _);
        }

        return Guid.TryParseExact(tag[(dash + 1)..], "N", out _)
            && int.TryParse(tag.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
            && !IsRunning(pid);
    }

    /// <summary>Whether a process with id <paramref name="pid"/> is running.</summary>
    internal static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Full(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOutputPathException("the output path is empty; give a file or folder name");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InvalidOutputPathException($"'{path}' is not a usable path: {e.Message}", e);
        }
    }
}

using System.Globalization;

namespace Economics.Analysis.Output;

/// <summary>
/// An output folder replaced as a whole: a command writes its files into <see cref="Staging"/> (a hidden sibling of
/// the folder), then <see cref="Commit"/> swaps it with the folder. A run therefore leaves either the previous complete
/// folder or the new complete one, never a mix of two runs; disposing without committing deletes the staging folder.
/// </summary>
/// <remarks>
/// <para>The entries this command writes (and <c>alsoOwned</c>, e.g. <c>charts</c>) are the folder's new content; every
/// other entry of the previous folder (another command's subfolder such as <c>montecarlo/</c>, <c>report.html</c>, a
/// file of yours) is moved over unchanged. An entry the command writes may replace only a regular file (or a folder for
/// a folder): a FIFO, device, socket or symbolic link there is refused with <see cref="InvalidOutputPathException"/>.</para>
/// <para>The swap is one <c>renameat2(RENAME_EXCHANGE)</c> on Linux. Where that is not possible (another system, a mount
/// point, the current folder or one above it, the home or root folder) the entries are moved in one by one instead.</para>
/// <para>Staging folders are named <c>.&lt;name&gt;.econ-&lt;pid&gt;-&lt;guid&gt;.new</c> (and <c>.old</c> while the
/// previous content is moved back). Opening a folder first cleans up after runs that were killed: an unfinished staging
/// folder is deleted; a swapped-out previous folder gives back the entries the new folder does not own.</para>
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Name of the marker file in a staging folder: the owning process id, then the names it owns.</summary>
    public const string MarkerFileName = ".econ-staging";

    private const string NewSuffix = ".new";
    private const string OldSuffix = ".old";

    private readonly HashSet<string> _alsoOwned;
    private readonly IDisposable _tracked;
    private bool _done;

    private OutputFolder(string target, string staging, bool swap, HashSet<string> alsoOwned, IDisposable tracked)
    {
        Target = target;
        Staging = staging;
        _swap = swap;
        _alsoOwned = alsoOwned;
        _tracked = tracked;
    }

    private readonly bool _swap;

    /// <summary>The folder the outputs end in (full path).</summary>
    public string Target { get; }

    /// <summary>The folder to write into until <see cref="Commit"/> (full path).</summary>
    public string Staging { get; }

    /// <summary>Opens <paramref name="directory"/> for a new set of outputs: checks the path, cleans up after killed runs,
    /// creates the staging folder.</summary>
    /// <param name="directory">The output folder (created if missing).</param>
    /// <param name="alsoOwned">Entries replaced even when this run does not write them (e.g. <c>charts</c>: charts of an
    /// earlier run do not stay next to the tables of this one).</param>
    /// <exception cref="InvalidOutputPathException">The path is empty, a file, a special file, or under a file.</exception>
    public static OutputFolder Begin(string? directory, params string[] alsoOwned)
    {
        ArgumentNullException.ThrowIfNull(alsoOwned);
        OutputCancellation.ThrowIfCancellationRequested();
        string target = OutputPath.CheckFolder(directory);
        string? parent = Path.GetDirectoryName(target);
        bool swap = parent is not null && !ContainsWorkingFolder(target)
            && !string.Equals(target, Path.TrimEndingDirectorySeparator(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), StringComparison.Ordinal);
        parent ??= target;
        OutputPath.CreateFolder(parent);
        Recover(target);
        string staging = Path.Combine(parent, string.Create(CultureInfo.InvariantCulture,
            $".{Path.GetFileName(target)}.econ-{Environment.ProcessId}-{Guid.NewGuid():N}{NewSuffix}"));
        var tracked = OutputCancellation.Track(staging);
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, MarkerFileName), Marker([]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            OutputCancellation.TryDelete(staging);
            tracked.Dispose();
            throw OutputWriteException.For(target, staging, e);
        }

        return new OutputFolder(target, staging, swap, new HashSet<string>(alsoOwned, StringComparer.Ordinal), tracked);
    }

    /// <summary>Where a file written at <paramref name="stagedPath"/> is after <see cref="Commit"/>.</summary>
    public string FinalPath(string stagedPath)
    {
        ArgumentNullException.ThrowIfNull(stagedPath);
        return Path.Combine(Target, Path.GetRelativePath(Staging, Path.GetFullPath(stagedPath)));
    }

    /// <summary>Where each of <paramref name="stagedPaths"/> is after <see cref="Commit"/>.</summary>
    public IReadOnlyList<string> FinalPaths(IEnumerable<string> stagedPaths)
    {
        ArgumentNullException.ThrowIfNull(stagedPaths);
        return stagedPaths.Select(FinalPath).ToArray();
    }

    /// <summary>Puts the staged outputs in place: the folder becomes the new complete set (plus the entries of the
    /// previous folder this command does not write).</summary>
    /// <exception cref="InvalidOutputPathException">An output would replace something other than a regular file or folder.</exception>
    /// <exception cref="OutputWriteException">The file system failed; the previous folder is unchanged.</exception>
    /// <exception cref="OperationCanceledException">Cancelled (SIGINT/SIGTERM) before the swap.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var staged = Directory.EnumerateFileSystemEntries(Staging).Select(Path.GetFileName).OfType<string>()
            .Where(n => n != MarkerFileName).ToHashSet(StringComparer.Ordinal);
        var owned = new HashSet<string>(staged, StringComparer.Ordinal);
        owned.UnionWith(_alsoOwned);
        CheckReplaceable(owned, staged);
        try
        {
            File.WriteAllText(Path.Combine(Staging, MarkerFileName), Marker(owned));
            OutputCancellation.Commit(() =>
            {
                if (!_swap || !Swap(owned))
                {
                    MoveEntries(Staging, Target);
                    OutputCancellation.TryDelete(Staging);
                }
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException
            && e is not InvalidOutputPathException and not OutputWriteException)
        {
            throw OutputWriteException.For(Target, Staging, e);
        }

        _done = true;
        _tracked.Dispose();
    }

    /// <summary>Deletes the staging folder unless <see cref="Commit"/> succeeded.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            OutputCancellation.TryDelete(Staging);
            _tracked.Dispose();
        }
    }

    // Folder swap: returns false (nothing changed) when the system cannot exchange the two folders.
    private bool Swap(HashSet<string> owned)
    {
        if (OutputPath.KindOf(Target) == PathKind.Missing)
        {
            Directory.Move(Staging, Target);
            DeleteMarker(Target);
            return true;
        }

        if (!NativeFileSystem.TryExchange(Staging, Target))
        {
            return false;
        }

        // Staging now holds the previous folder: mark it as such, give back what this run does not own, delete it.
        string old = Staging[..^NewSuffix.Length] + OldSuffix;
        Directory.Move(Staging, old);
        GiveBack(old, Target, owned);
        OutputCancellation.TryDelete(old);
        DeleteMarker(Target);
        return true;
    }

    private void CheckReplaceable(HashSet<string> owned, HashSet<string> staged)
    {
        if (!Directory.Exists(Target))
        {
            return;
        }

        foreach (string name in owned)
        {
            string existing = Path.Combine(Target, name);
            var kind = OutputPath.KindOf(existing);
            bool folder = staged.Contains(name) ? Directory.Exists(Path.Combine(Staging, name)) : kind == PathKind.Directory;
            if (kind == PathKind.Missing || kind == (folder ? PathKind.Directory : PathKind.RegularFile))
            {
                continue;
            }

            throw new InvalidOutputPathException(
                $"'{existing}' is {OutputPath.Describe(kind)}; econ replaces only the regular files and folders it writes, so it is left alone (remove it or choose another --out)");
        }
    }

    // Moves every entry of `from` into `to`, replacing files one by one (the fallback when the folders cannot be swapped).
    private static void MoveEntries(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string entry in Directory.EnumerateFileSystemEntries(from))
        {
            string name = Path.GetFileName(entry);
            if (name == MarkerFileName)
            {
                continue;
            }

            string destination = Path.Combine(to, name);
            if (Directory.Exists(entry) && OutputPath.KindOf(entry) == PathKind.Directory)
            {
                MoveEntries(entry, destination);
            }
            else
            {
                OutputPath.CheckReplaceableFile(destination);
                File.Move(entry, destination, overwrite: true);
            }
        }
    }

    // Moves the entries of a previous folder that the new one does not own (and does not have) into the new one.
    private static void GiveBack(string old, string target, HashSet<string> owned)
    {
        foreach (string entry in Directory.EnumerateFileSystemEntries(old))
        {
            string name = Path.GetFileName(entry);
            string destination = Path.Combine(target, name);
            if (name == MarkerFileName || owned.Contains(name) || OutputPath.IsStaleTemporary(name)
                || OutputPath.KindOf(destination) != PathKind.Missing)
            {
                continue;
            }

            if (OutputPath.KindOf(entry) == PathKind.Directory)
            {
                Directory.Move(entry, destination);
            }
            else
            {
                File.Move(entry, destination);
            }
        }
    }

    // Cleans up after killed runs on the same folder (their process is gone).
    private static void Recover(string target)
    {
        string? parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        string prefix = "." + Path.GetFileName(target) + ".econ-";
        try
        {
            foreach (string folder in Directory.EnumerateDirectories(parent, prefix + "*"))
            {
                string name = Path.GetFileName(folder);
                bool isNew = name.EndsWith(NewSuffix, StringComparison.Ordinal);
                if ((!isNew && !name.EndsWith(OldSuffix, StringComparison.Ordinal))
                    || !OutputPath.IsStaleTag(name[prefix.Length..^(isNew ? NewSuffix.Length : OldSuffix.Length)])
                    || OutputPath.KindOf(folder) != PathKind.Directory)
                {
                    continue;
                }

                // An unfinished staging folder holds its marker; a swapped-out previous folder does not (the marker
                // went into the new folder with the swap).
                if (!(isNew && File.Exists(Path.Combine(folder, MarkerFileName))))
                {
                    if (OutputPath.KindOf(target) == PathKind.Missing)
                    {
                        Directory.Move(folder, target);
                        continue;
                    }

                    GiveBack(folder, target, ReadOwned(Path.Combine(target, MarkerFileName)));
                }

                OutputCancellation.TryDelete(folder);
            }

            string marker = Path.Combine(target, MarkerFileName);
            if (File.Exists(marker) && !OutputPath.IsRunning(ReadPid(marker)))
            {
                File.Delete(marker);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: what is left is hidden and recognisable, and the next run tries again.
        }
    }

    private static string Marker(IEnumerable<string> owned) =>
        string.Join('\n', owned.Order(StringComparer.Ordinal).Prepend(Environment.ProcessId.ToString(CultureInfo.InvariantCulture))) + "\n";

    private static HashSet<string> ReadOwned(string marker) =>
        File.Exists(marker) ? File.ReadLines(marker).Skip(1).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal) : [];

    private static int ReadPid(string marker) =>
        int.TryParse(File.ReadLines(marker).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : 0;

    private static void DeleteMarker(string folder) => OutputCancellation.TryDelete(Path.Combine(folder, MarkerFileName));

    private static bool ContainsWorkingFolder(string target)
    {
        string working = Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory());
        return string.Equals(working, target, StringComparison.Ordinal)
            || working.StartsWith(Path.TrimEndingDirectorySeparator(target) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}

using System.Runtime.InteropServices;

namespace Economics.Analysis.Output;

/// <summary>
/// The two file-system calls .NET does not offer: the type of a path without following a symbolic link (is it a
/// regular file, a FIFO, a device?) and an atomic exchange of two folders (Linux <c>renameat2(RENAME_EXCHANGE)</c>).
/// Elsewhere, or when the C library lacks them, the type comes from <see cref="FileSystemInfo"/> (regular files and
/// special files look alike there) and the exchange reports itself unsupported.
/// </summary>
internal static partial class NativeFileSystem
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint RenameExchange = 0x2;
    private const int StatxModeOffset = 28;
    private const int StatxBufferSize = 256;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int BlockDeviceType = 0x6000;
    private const int SocketType = 0xC000;
    private const int NoEntry = 2;
    private const int NotDirectory = 20;

    private static bool _statxMissing;
    private static bool _exchangeMissing;

    /// <summary>What is at <paramref name="path"/>, not following a symbolic link in its last segment.</summary>
    public static PathKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                var buffer = new byte[StatxBufferSize];
                if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) == 0)
                {
                    return (BitConverter.ToUInt16(buffer, StatxModeOffset) & TypeMask) switch
                    {
                        RegularType => PathKind.RegularFile,
                        DirectoryType => PathKind.Directory,
                        LinkType => PathKind.SymbolicLink,
                        FifoType => PathKind.Fifo,
                        CharacterDeviceType or BlockDeviceType => PathKind.Device,
                        SocketType => PathKind.Socket,
                        _ => PathKind.Other,
                    };
                }

                int errno = Marshal.GetLastPInvokeError();
                if (errno is NoEntry or NotDirectory)
                {
                    return PathKind.Missing;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                _statxMissing = true;
            }
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return PathKind.SymbolicLink;
        }

        if (Directory.Exists(path))
        {
            return PathKind.Directory;
        }

        return info.Exists ? PathKind.RegularFile : PathKind.Missing;
    }

    /// <summary>Swaps the names of two existing folders in one step; false when the system cannot (not Linux, an old
    /// C library or kernel, different file systems, a mount point): the caller falls back.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux() || _exchangeMissing)
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _exchangeMissing = true;
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directoryFd, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectoryFd, string oldPath, int newDirectoryFd, string newPath, uint flags);
}

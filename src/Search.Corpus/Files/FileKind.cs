using System.Runtime.InteropServices;

namespace Search.Corpus.Files;

/// <summary>What a directory entry is, read without opening it or following a link.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket before anything opens it: opening a FIFO
/// blocks until a writer comes, and a device may never end. .NET reports all of them as "normal"
/// files, so on Unix this asks <c>lstat</c> through the runtime's own native shim
/// (<c>libSystem.Native</c>, which every .NET process on Unix loads and which gives the file type in
/// the same bits on Linux and macOS); Windows has none of these in its folders, and its attributes
/// tell links and folders.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsWindows())
            return Unix.LStat(path, out var status) != 0 ? FileKind.Missing : Unix.KindOf(status.Mode);
        var info = new FileInfo(path);
        return !info.Exists && !System.IO.Directory.Exists(path) ? FileKind.Missing
            : info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : FileKind.Regular;
    }

    /// <summary>How a refusal names the kind.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static class Unix
    {
        // The shim's file-type bits (its own constants, the same on every Unix it runs on).
        private const int TypeMask = 0xF000;

        public static FileKind KindOf(int mode) => (mode & TypeMask) switch
        {
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x4000 => FileKind.Directory,
            0x6000 => FileKind.BlockDevice,
            0x8000 => FileKind.Regular,
            0xA000 => FileKind.SymbolicLink,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };

        /// <summary>The shim's <c>FileStatus</c>: flags and mode come first; the rest is room for the fields after them.</summary>
        [StructLayout(LayoutKind.Sequential, Size = 256)]
        public struct FileStatus
        {
            public int Flags;
            public int Mode;
        }

        // DllImport, not LibraryImport: the marshalling is trivial, and the project needs no unsafe code for it.
#pragma warning disable SYSLIB1054
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int LStat(string path, out FileStatus status);
#pragma warning restore SYSLIB1054
    }
}

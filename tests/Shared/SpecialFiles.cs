using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Search.Tests;

/// <summary>Files that are not regular files, as an attacker or a careless operator leaves them in a corpus folder (Unix only).</summary>
internal static class SpecialFiles
{
    /// <summary>A FIFO (named pipe): opening it for reading waits until something opens it for writing.</summary>
    public static void Fifo(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>A Unix socket bound at <paramref name="path"/>; the file stays while the socket is open.</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int MakeFifo(string path, uint mode);
}

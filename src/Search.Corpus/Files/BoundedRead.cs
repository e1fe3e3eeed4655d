namespace Search.Corpus.Files;

/// <summary>Reading a file no further than a limit, whatever length it claims or however it grows.</summary>
internal static class BoundedRead
{
    /// <summary>Opens a file for reading that others may still write, replace or delete meanwhile.</summary>
    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);

    /// <summary>The stream's bytes, or null when there are more than <paramref name="limit"/>: at most limit + one buffer is held.</summary>
    public static byte[]? Bytes(Stream stream, long limit)
    {
        using var bytes = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (bytes.Length + read > limit)
                return null;
            bytes.Write(buffer, 0, read);
        }
        return bytes.ToArray();
    }
}

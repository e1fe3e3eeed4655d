using System.Runtime.InteropServices;

namespace Search.Analysis.SmartCn.Dictionaries;

/// <summary>
/// The compact dictionary files are a magic tag, a version, then length-prefixed arrays of primitives
/// in little-endian order, so loading is a handful of bulk copies into flat arrays.
/// </summary>
internal static class BinaryArrays
{
    public const int Version = 1;

    public static void WriteHeader(BinaryWriter writer, string magic)
    {
        writer.Write(magic.ToCharArray().Select(c => (byte)c).ToArray());
        writer.Write(Version);
    }

    public static void ReadHeader(BinaryReader reader, string magic)
    {
        var found = new string(reader.ReadBytes(magic.Length).Select(b => (char)b).ToArray());
        var version = reader.ReadInt32();
        if (found != magic || version != Version)
            throw new InvalidDataException($"expected a {magic} dictionary file of version {Version}, found {found} version {version}");
    }

    public static void Write<T>(BinaryWriter writer, ReadOnlySpan<T> values) where T : unmanaged
    {
        EnsureLittleEndian();
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    public static T[] Read<T>(BinaryReader reader) where T : unmanaged
    {
        EnsureLittleEndian();
        var length = reader.ReadInt32();
        var values = new T[length];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
            throw new InvalidDataException("dictionary file is truncated");
        return values;
    }

    private static void EnsureLittleEndian()
    {
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("the dictionary files are little-endian");
    }
}

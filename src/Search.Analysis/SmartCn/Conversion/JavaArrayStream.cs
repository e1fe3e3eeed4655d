using System.Buffers.Binary;
using System.Text;

namespace Search.Analysis.SmartCn.Conversion;

/// <summary>
/// Reads the subset of Java object serialization that Lucene's <c>coredict.mem</c> and
/// <c>bigramdict.mem</c> use: a sequence of top-level arrays (<c>short[]</c>, <c>char[]</c>, <c>int[]</c>,
/// <c>long[]</c> and arrays of arrays), nulls and back-references. Used only when converting the
/// dictionaries; the analyzer never reads this format.
/// </summary>
internal sealed class JavaArrayStream
{
    private const int BaseHandle = 0x7E0000;
    private const byte Null = 0x70, Reference = 0x71, ClassDescription = 0x72, Array = 0x75, EndBlockData = 0x78;

    private readonly byte[] _bytes;
    private readonly List<object?> _handles = [];
    private int _at;

    private JavaArrayStream(byte[] bytes) => _bytes = bytes;

    /// <summary>Every top-level content of the stream: <c>short[]</c>, <c>char[]</c>, <c>int[]</c>, <c>long[]</c>, <c>object?[]</c> or null.</summary>
    public static IReadOnlyList<object?> ReadAll(byte[] bytes)
    {
        var stream = new JavaArrayStream(bytes);
        if (stream.ReadUInt16() != 0xACED || stream.ReadUInt16() != 5)
            throw new InvalidDataException("not a Java serialization stream (magic AC ED 00 05 expected)");
        var contents = new List<object?>();
        while (stream._at < bytes.Length)
            contents.Add(stream.ReadContent());
        return contents;
    }

    private object? ReadContent()
    {
        var tag = ReadByte();
        return tag switch
        {
            Null => null,
            Reference => _handles[ReadInt32() - BaseHandle],
            Array => ReadArray(),
            _ => throw new InvalidDataException($"unexpected tag 0x{tag:X2} at byte {_at - 1}"),
        };
    }

    private object ReadArray()
    {
        var className = ReadClassName();
        var handle = _handles.Count;
        _handles.Add(null);
        var length = ReadInt32();
        object array = className switch
        {
            "[S" => ReadElements(length, () => (short)ReadUInt16()),
            "[C" => ReadElements(length, () => (char)ReadUInt16()),
            "[I" => ReadElements(length, ReadInt32),
            "[J" => ReadElements(length, ReadInt64),
            _ when className.StartsWith("[[", StringComparison.Ordinal) => ReadElements(length, ReadContent),
            _ => throw new InvalidDataException($"unsupported array class {className}"),
        };
        _handles[handle] = array;
        return array;
    }

    private static T[] ReadElements<T>(int length, Func<T> read)
    {
        var elements = new T[length];
        for (var i = 0; i < length; i++)
            elements[i] = read();
        return elements;
    }

    /// <summary>A class descriptor, new or referenced; only array classes without fields occur.</summary>
    private string ReadClassName()
    {
        var tag = ReadByte();
        if (tag == Reference)
            return (string)_handles[ReadInt32() - BaseHandle]!;
        if (tag != ClassDescription)
            throw new InvalidDataException($"class descriptor expected at byte {_at - 1}");

        var nameLength = ReadUInt16();
        var name = Encoding.UTF8.GetString(_bytes, _at, nameLength);
        _at += nameLength;
        _handles.Add(name);
        _at += 8 + 1; // serialVersionUID, flags
        if (ReadUInt16() != 0 || ReadByte() != EndBlockData || ReadByte() != Null)
            throw new InvalidDataException($"class {name}: fields, annotations or a superclass are not supported");
        return name;
    }

    private byte ReadByte() => _bytes[_at++];

    private ushort ReadUInt16()
    {
        var value = BinaryPrimitives.ReadUInt16BigEndian(_bytes.AsSpan(_at));
        _at += 2;
        return value;
    }

    private int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(_bytes.AsSpan(_at));
        _at += 4;
        return value;
    }

    private long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(_bytes.AsSpan(_at));
        _at += 8;
        return value;
    }
}

using System.Buffers.Binary;
using System.Text;
using Search.Analysis.SmartCn.Conversion;
using Search.Analysis.SmartCn.Dictionaries;

namespace Search.Analysis.Tests.SmartCn;

/// <summary>
/// The converter on small streams in the layout of Lucene's <c>.mem</c> files, written here. That
/// the committed files are exactly what it makes of Lucene's real jar is checked by .ci/run, which
/// installs the jar (Debian's liblucene4.10-java) and compares byte for byte.
/// </summary>
public sealed class DictionaryConverterTests
{
    [Fact]
    public void Core_dictionary_rows_become_words_with_their_frequencies()
    {
        // Two hash slots: 中 → row 0 (中, 中国, 中国人民), 国 → row 1 (国); slot 2 empty.
        var stream = new JavaStream();
        stream.ShortArray(0, 1, -1);
        stream.CharArray('中', '国', '\0');
        stream.ArrayOfArrays("[[[C", () =>
        {
            stream.ArrayOfArrays("[[C", () => { stream.Null(); stream.CharArray('国'); stream.CharArray('国', '人', '民'); }, 3);
            stream.ArrayOfArrays("[[C", () => stream.CharArray(), 1);
        }, 2);
        stream.ArrayOfArrays("[[I", () => { stream.IntArray(26063, 23375, 1); stream.IntArray(9000); }, 2);

        var words = DictionaryConverter.ReadWords(stream.ToArray());

        Assert.Equal([("中", 26063), ("中国", 23375), ("中国人民", 1), ("国", 9000)], words.OrderBy(w => w.Word, StringComparer.Ordinal));
        using var file = new MemoryStream();
        WordDictionary.Write(file, words);
        var dictionary = WordDictionary.Read(new MemoryStream(file.ToArray()));
        Assert.Equal(23375, dictionary.Frequency("中国"));
        Assert.Equal(0, dictionary.Frequency("中国人"));
    }

    [Fact]
    public void Bigram_tables_keep_only_occupied_slots()
    {
        var stream = new JavaStream();
        stream.LongArray(0, PairHash.Of("新@增"), 0, PairHash.Of("万@人"));
        stream.IntArray(0, 93, 0, 179);

        var bigrams = DictionaryConverter.ReadBigrams(stream.ToArray());

        Assert.Equal([(PairHash.Of("新@增"), 93), (PairHash.Of("万@人"), 179)], bigrams);
    }

    [Fact]
    public void Something_that_is_not_a_java_serialization_stream_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => JavaArrayStream.ReadAll([0x50, 0x4B, 0x03, 0x04]));

        Assert.Contains("not a Java serialization stream", error.Message);
    }

    /// <summary>Writes the serialization subset: arrays with new or back-referenced class descriptors, nulls.</summary>
    private sealed class JavaStream
    {
        private readonly MemoryStream _bytes = new();
        private readonly Dictionary<string, int> _classHandles = [];
        private int _nextHandle = 0x7E0000;

        public JavaStream() => Write([0xAC, 0xED, 0x00, 0x05]);

        public byte[] ToArray() => _bytes.ToArray();

        public void Null() => Write([0x70]);

        public void ShortArray(params short[] values) => Array("[S", values.Length, i => Big16((ushort)values[i]));

        public void CharArray(params char[] values) => Array("[C", values.Length, i => Big16(values[i]));

        public void IntArray(params int[] values) => Array("[I", values.Length, i => Big32(values[i]));

        public void LongArray(params long[] values) => Array("[J", values.Length, i =>
        {
            var buffer = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(buffer, values[i]);
            Write(buffer);
        });

        public void ArrayOfArrays(string className, Action elements, int length)
        {
            ClassDescriptor(className);
            _nextHandle++; // the array object itself
            Big32(length);
            elements();
        }

        private void Array(string className, int length, Action<int> element)
        {
            ClassDescriptor(className);
            _nextHandle++;
            Big32(length);
            for (var i = 0; i < length; i++)
                element(i);
        }

        /// <summary>A class's first use writes its descriptor; later uses refer back to it, as Java does.</summary>
        private void ClassDescriptor(string name)
        {
            if (_classHandles.TryGetValue(name, out var handle))
            {
                Write([0x75, 0x71]);
                Big32(handle);
                return;
            }
            Write([0x75, 0x72]);
            Big16((ushort)name.Length);
            Write(Encoding.ASCII.GetBytes(name));
            Write(new byte[8]); // serialVersionUID
            Write([0x02, 0x00, 0x00, 0x78, 0x70]); // flags, no fields, end of annotation, no superclass
            _classHandles[name] = _nextHandle++;
        }

        private void Big16(ushort value) => Write([(byte)(value >> 8), (byte)value]);

        private void Big32(int value)
        {
            var buffer = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(buffer, value);
            Write(buffer);
        }

        private void Write(byte[] bytes) => _bytes.Write(bytes);
    }
}

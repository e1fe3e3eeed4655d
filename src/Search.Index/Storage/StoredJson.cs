using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Index.Storage;

/// <summary>
/// The JSON the index file keeps lists in (an article's districts and captions), serialised by
/// generated code: the reflection-based serializer spends tens of milliseconds building its metadata
/// on first use, and the first use is loading the index at start-up.
/// </summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoredJson : JsonSerializerContext
{
    public static string Write(IEnumerable<string> values) => JsonSerializer.Serialize(values as string[] ?? [.. values], Default.StringArray);

    public static string[] ReadStrings(string json) =>
        JsonSerializer.Deserialize(json, Default.StringArray) ?? throw new JsonException("a list stored as null");
}

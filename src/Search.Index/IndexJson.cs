using System.Text.Json;
using System.Text.Json.Serialization;
using Search.Corpus.Figures;

namespace Search.Index;

// What the index keeps as JSON, with its serialization code generated at build time: the
// reflection-based serializer builds each type's metadata on first use, about a tenth of a second
// at start-up (reading the latest commit's notes, then the figures), before the first search.

/// <summary>A commit's file notes (<see cref="FileNote"/>), in the web's naming.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<FileNote>))]
internal sealed partial class FileNoteJson : JsonSerializerContext;

/// <summary>An article's key figures (<see cref="FigureValues"/>): enums by name, nulls left out.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(KeyFigure))]
internal sealed partial class KeyFigureJson : JsonSerializerContext;

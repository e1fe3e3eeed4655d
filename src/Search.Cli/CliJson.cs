using System.Text.Encodings.Web;
using System.Text.Json;

namespace Search.Cli;

internal static class CliJson
{
    /// <summary>camelCase, and Chinese written as itself rather than as \u escapes, so output is readable.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };
}

using System.CommandLine;
using Search.Analysis.SmartCn.Conversion;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search convert-dictionaries</c>: rebuilds the analyzer's embedded dictionary files from
/// Lucene's SmartCn jar (Debian package liblucene4.10-java). Run from the repository root.
/// </summary>
internal static class ConvertDictionariesCommand
{
    public const string DefaultOutput = "src/Search.Analysis/SmartCn/Data";

    public static Command Create(Lazy<CliContext> context)
    {
        var jar = new Option<string>("--jar") { Description = "Lucene's SmartCn jar.", DefaultValueFactory = _ => DictionaryConverter.DefaultJar };
        var output = new Option<string>("--out") { Description = "Folder for the converted files.", DefaultValueFactory = _ => DefaultOutput };
        var command = new Command("convert-dictionaries", "Convert SmartCn's coredict.mem and bigramdict.mem into the analyzer's compact files.") { jar, output };
        command.SetAction(parseResult =>
        {
            var ctx = context.Value;
            var jarPath = parseResult.GetValue(jar)!;
            if (!File.Exists(jarPath))
            {
                ctx.Error.WriteLine($"{jarPath} not found: apt-get install -y liblucene4.10-java, or pass --jar");
                return 1;
            }
            var summary = DictionaryConverter.Convert(jarPath, parseResult.GetValue(output)!);
            ctx.Output.WriteLine($"{summary.Words} words, {summary.Bigrams} bigrams written to {parseResult.GetValue(output)}");
            return 0;
        });
        return command;
    }
}

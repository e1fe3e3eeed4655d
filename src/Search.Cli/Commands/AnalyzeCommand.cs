using System.CommandLine;
using System.Text;
using Lucene.Net.Analysis;
using Search.Analysis;
using Search.Analysis.Filters;
using Search.Hanzi;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search analyze [FILE]</c>: prints the tokens of a UTF-8 text (standard input without a file) as
/// <c>term TAB start TAB end</c> lines. The default pipeline is Lucene.Net's SmartCn alone, in the
/// format of the golden files; <c>--pipeline</c> shows what each field of the index makes of it,
/// under the settings in effect: <c>Search:FoldTraditional</c> (traditional characters simplified
/// before SmartCn and in the recall fields) and <c>Search:Pinyin</c> (the <c>pinyin</c> pipeline:
/// each word with the readings a pinyin query is matched against).
/// </summary>
internal static class AnalyzeCommand
{
    private enum Pipeline { SmartCn, UserDict, Numbers, Words, Recall, Bigrams, Pinyin }

    public static Command Create(Lazy<CliContext> context)
    {
        var file = new Argument<string?>("file") { Description = "UTF-8 text file (default: standard input).", Arity = ArgumentArity.ZeroOrOne };
        var increments = new Option<bool>("--increments") { Description = "Add a fourth column: the position increment." };
        var pipeline = new Option<Pipeline>("--pipeline")
        {
            Description = "smartcn: Lucene.Net's SmartChineseAnalyzer (default); userdict: plus user-dictionary words; " +
                "numbers: plus numbers as typed; words: both, the index's word fields; recall: the index's character fields; " +
                "bigrams: the index's character-pair fields; pinyin: the word fields' words with their readings. " +
                "words, recall, bigrams and pinyin fold traditional characters unless --Search:FoldTraditional=false.",
            DefaultValueFactory = _ => Pipeline.SmartCn,
        };
        var command = new Command("analyze", "Print the tokens of a text: term, start and end offsets (UTF-16 units).") { file, increments, pipeline };
        command.SetAction(parseResult =>
        {
            var ctx = context.Value;
            var path = parseResult.GetValue(file);
            if (path is not null && !File.Exists(path))
            {
                ctx.Error.WriteLine($"{path}: no such file");
                return 1;
            }
            // Like the Java tool, keep a byte-order mark as the character U+FEFF: offsets then agree.
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            using var reader = new StreamReader(path is null ? Console.OpenStandardInput() : File.OpenRead(path), utf8, detectEncodingFromByteOrderMarks: false);
            var chosen = parseResult.GetValue(pipeline);
            if (chosen == Pipeline.Pinyin && !ctx.Options.Pinyin)
                ctx.Error.WriteLine("pinyin matching is off (Search:Pinyin=false): a Latin query is matched as typed only");
            var withPinyin = chosen == Pipeline.Pinyin && ctx.Options.Pinyin;
            Analyze(chosen, WordAnalyzer.For(ctx.Options.FoldTraditional), reader.ReadToEnd(), Printer(ctx.Output, parseResult.GetValue(increments), withPinyin));
            return 0;
        });
        return command;
    }

    private static void Analyze(Pipeline pipeline, WordAnalyzer index, string text, TokenHandler print)
    {
        Analyzer analyzer = pipeline switch
        {
            Pipeline.Recall => index.Recall.Characters,
            Pipeline.Bigrams => index.Recall.Bigrams,
            Pipeline.SmartCn => WordAnalyzer.SmartCnOnly,
            Pipeline.Words or Pipeline.Pinyin => index,
            _ => new WordAnalyzer(pipeline == Pipeline.UserDict ? UserDictionary.Default : null, numbersAsTyped: pipeline == Pipeline.Numbers),
        };
        analyzer.Analyze(text, print);
    }

    private static TokenHandler Printer(TextWriter output, bool withIncrements, bool withPinyin)
    {
        var line = new StringBuilder();
        var previous = -1;
        return (term, start, end, position) =>
        {
            line.Clear().Append(term).Append('\t').Append(start).Append('\t').Append(end);
            if (withIncrements)
                line.Append('\t').Append(position - previous);
            if (withPinyin)
                line.Append('\t').Append(Readings(term));
            previous = position;
            output.Write(line.Append('\n'));
        };
    }

    /// <summary>A word's readings, a character at a time, a polyphonic one's joined by /: <c>xing/hang zhang/chang</c>.</summary>
    private static string Readings(ReadOnlySpan<char> word)
    {
        var readings = new List<string>();
        foreach (var character in word)
            readings.Add(PinyinTable.ReadingsOf(character) is { Count: > 0 } found ? string.Join('/', found) : "-");
        return string.Join(' ', readings);
    }
}

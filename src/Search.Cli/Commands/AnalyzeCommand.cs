using System.CommandLine;
using System.Text;
using Search.Analysis;
using Search.Analysis.Filters;
using Search.Analysis.Recall;
using Search.Analysis.SmartCn;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search analyze [FILE]</c>: prints the tokens of a UTF-8 text (standard input without a file) as
/// <c>term TAB start TAB end</c> lines. The default pipeline is pure SmartCn, exactly like
/// tools/smartcn-oracle, so the two can be diffed; <c>--pipeline</c> shows what the index makes of it.
/// </summary>
internal static class AnalyzeCommand
{
    private enum Pipeline { SmartCn, UserDict, Numbers, Words, Recall }

    public static Command Create(Lazy<CliContext> context)
    {
        var file = new Argument<string?>("file") { Description = "UTF-8 text file (default: standard input).", Arity = ArgumentArity.ZeroOrOne };
        var increments = new Option<bool>("--increments") { Description = "Add a fourth column: the position increment." };
        var pipeline = new Option<Pipeline>("--pipeline")
        {
            Description = "smartcn: Lucene's SmartChineseAnalyzer (default); userdict: plus user-dictionary words; " +
                "numbers: plus numbers as typed; words: both, the index's word field; recall: the index's character field.",
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
            Analyze(parseResult.GetValue(pipeline), reader.ReadToEnd(), Printer(ctx.Output, parseResult.GetValue(increments)));
            return 0;
        });
        return command;
    }

    private static void Analyze(Pipeline pipeline, string text, TokenHandler print)
    {
        var smartCn = new SmartChineseAnalyzer();
        switch (pipeline)
        {
            case Pipeline.Recall:
                CharacterTokenizer.Analyze(text, print);
                break;
            case Pipeline.SmartCn:
                smartCn.Analyze(text, print);
                break;
            default:
                var userDictionary = pipeline is Pipeline.UserDict or Pipeline.Words ? UserDictionary.Default : null;
                new WordAnalyzer(smartCn, userDictionary, numbersAsTyped: pipeline is Pipeline.Numbers or Pipeline.Words).Analyze(text, print);
                break;
        }
    }

    private static TokenHandler Printer(TextWriter output, bool withIncrements)
    {
        var line = new StringBuilder();
        var previous = -1;
        return (term, start, end, position) =>
        {
            line.Clear().Append(term).Append('\t').Append(start).Append('\t').Append(end);
            if (withIncrements)
                line.Append('\t').Append(position - previous);
            previous = position;
            output.Write(line.Append('\n'));
        };
    }
}

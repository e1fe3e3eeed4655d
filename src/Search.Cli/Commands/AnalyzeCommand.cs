using System.CommandLine;
using System.Text;
using Search.Analysis.SmartCn;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search analyze [FILE]</c>: prints the tokens of a UTF-8 text (standard input without a file) as
/// <c>term TAB start TAB end</c> lines, exactly like tools/smartcn-oracle, so the two can be diffed.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(Lazy<CliContext> context)
    {
        var file = new Argument<string?>("file") { Description = "UTF-8 text file (default: standard input).", Arity = ArgumentArity.ZeroOrOne };
        var increments = new Option<bool>("--increments") { Description = "Add a fourth column: the position increment." };
        var command = new Command("analyze", "Print the SmartCn tokens of a text: term, start and end offsets (UTF-16 units).") { file, increments };
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
            var withIncrements = parseResult.GetValue(increments);
            var line = new StringBuilder();
            var previous = -1;
            new SmartChineseAnalyzer().Analyze(reader, (term, start, end, position) =>
            {
                line.Clear().Append(term).Append('\t').Append(start).Append('\t').Append(end);
                if (withIncrements)
                    line.Append('\t').Append(position - previous);
                previous = position;
                ctx.Output.Write(line.Append('\n'));
            });
            return 0;
        });
        return command;
    }
}

using Lucene.Net.Analysis;
using Search.Hanzi;

namespace Search.Analysis.Folding;

/// <summary>
/// Hands SmartCn simplified text: each traditional character is replaced by its simplified form as
/// it is read (<see cref="TraditionalChinese"/>). SmartCn's dictionaries know simplified words only
/// (<c>營商環境</c> would fall apart into single characters), so the fold must come before
/// segmenting, not after. One unit for one: offsets need no correction.
/// </summary>
public sealed class SimplifyingCharFilter(TextReader input) : CharFilter(input)
{
    public override int Read(char[] buffer, int index, int count)
    {
        // Lucene.Net's readers may end with -1 in Java's manner; a TextReader ends with 0.
        var read = Math.Max(0, m_input.Read(buffer, index, count));
        for (var i = index; i < index + read; i++)
            buffer[i] = TraditionalChinese.Simplified(buffer[i]);
        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : TraditionalChinese.Simplified((char)c);
    }

    protected override int Correct(int currentOff) => currentOff;
}

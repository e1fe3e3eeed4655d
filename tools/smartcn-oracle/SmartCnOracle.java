// The oracle for our analyzer: runs Lucene 4.10.4's SmartChineseAnalyzer over UTF-8 files (or
// standard input) and prints one token per line, "term<TAB>start<TAB>end", offsets in UTF-16 units.
// With --increments a fourth column gives the position increment.
//
//   tools/smartcn-oracle/run.sh [--increments] [FILE...]
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.*;
import org.apache.lucene.util.Version;

public final class SmartCnOracle {
    public static void main(String[] args) throws IOException {
        boolean increments = false;
        java.util.List<String> files = new java.util.ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--increments")) increments = true;
            else files.add(arg);
        }
        Analyzer analyzer = new SmartChineseAnalyzer(Version.LUCENE_4_10_4);
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false, "UTF-8");
        if (files.isEmpty()) {
            String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            print(analyzer, text, increments, out);
        }
        for (String file : files) {
            print(analyzer, new String(Files.readAllBytes(Paths.get(file)), StandardCharsets.UTF_8), increments, out);
        }
        out.flush();
    }

    private static void print(Analyzer analyzer, String text, boolean increments, PrintStream out) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.print(term.toString());
                out.print('\t');
                out.print(offset.startOffset());
                out.print('\t');
                out.print(offset.endOffset());
                if (increments) {
                    out.print('\t');
                    out.print(increment.getPositionIncrement());
                }
                out.print('\n');
            }
            stream.end();
        }
    }
}

// The oracle for our analyzer: runs Lucene 4.10.4's SmartChineseAnalyzer over UTF-8 files (or
// standard input) and prints one token per line, "term<TAB>start<TAB>end", offsets in UTF-16 units.
// With --increments a fourth column gives the position increment. With --time N the files are not
// printed but analysed N times after two warm-up passes, and one JSON line reports the median speed.
//
//   tools/smartcn-oracle/run.sh [--increments] [FILE...]
//   tools/smartcn-oracle/run.sh --time 3 FILE...
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
        int timedPasses = 0;
        java.util.List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--increments")) increments = true;
            else if (args[i].equals("--time")) timedPasses = Integer.parseInt(args[++i]);
            else files.add(args[i]);
        }
        long loadStart = System.nanoTime();
        Analyzer analyzer = new SmartChineseAnalyzer(Version.LUCENE_4_10_4);
        if (timedPasses > 0) {
            time(analyzer, files, timedPasses, loadStart);
            return;
        }
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

    private static void time(Analyzer analyzer, java.util.List<String> files, int passes, long loadStart) throws IOException {
        java.util.List<String> texts = new java.util.ArrayList<>();
        long bytes = 0;
        for (String file : files) {
            byte[] content = Files.readAllBytes(Paths.get(file));
            bytes += content.length;
            texts.add(new String(content, StandardCharsets.UTF_8));
        }
        count(analyzer, java.util.List.of("中国")); // the first analysis loads the dictionaries
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        long tokens = 0;
        for (int i = 0; i < 2; i++) tokens = count(analyzer, texts);
        double[] seconds = new double[passes];
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            count(analyzer, texts);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        java.util.Arrays.sort(seconds);
        double median = seconds[passes / 2];
        System.out.printf(java.util.Locale.ROOT,
            "{\"engine\":\"lucene-4.10.4\",\"bytes\":%d,\"tokens\":%d,\"passes\":%d,\"medianSeconds\":%.4f,\"mbPerSecond\":%.3f,\"firstAnalysisMs\":%.1f}%n",
            bytes, tokens, passes, median, bytes / 1e6 / median, loadMs);
    }

    private static long count(Analyzer analyzer, java.util.List<String> texts) throws IOException {
        long tokens = 0;
        for (String text : texts) {
            try (TokenStream stream = analyzer.tokenStream("body", text)) {
                stream.reset();
                while (stream.incrementToken()) tokens++;
                stream.end();
            }
        }
        return tokens;
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

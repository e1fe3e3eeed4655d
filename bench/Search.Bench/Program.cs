using Search.Bench;

return args switch
{
    ["analyzer", var corpus, ..] => AnalyzerBenchmark.Run(corpus, Option(args, "--max-docs", 0), Option(args, "--passes", 3), args.Contains("--words")),
    ["indexing", var corpus, ..] => IndexingCostBenchmark.Run(corpus, Option(args, "--max-docs", 0), Option(args, "--passes", 3)),
    ["query", var index, var queries, ..] => QueryBenchmark.Run(index, queries, threads: Option(args, "--threads", 2), seconds: Option(args, "--seconds", 20),
        foldTraditional: Text(args, "--fold-traditional") != "false", pinyin: Text(args, "--pinyin") != "false"),
    ["load", var url, ..] => await LoadBenchmark.RunAsync(new Uri(url), Text(args, "--queries"), Text(args, "--path") ?? "/api/search",
        Option(args, "--connections", 32), Option(args, "--seconds", 60), Option(args, "--warmup", 0), Text(args, "--reindex-key")),
    ["recall", var index, var queries, ..] => RecallCheck.Run(index, queries),
    ["features", var index, var queries, var pinyinQueries, ..] => FeaturesBenchmark.Run(index, queries, pinyinQueries, Option(args, "--passes", 10)),
    ["copies", var index, ..] => CopiesBenchmark.Run(index, Option(args, "--runs", 7)),
    ["terms", var index, ..] => TermsBenchmark.Run(index, Option(args, "--passes", 5)),
    ["directories", var index, var queries, ..] => DirectoryBenchmark.Run(index, queries, Option(args, "--passes", 8), Text(args, "--kinds")),
    ["ab", var index, var queries, ..] => AbBenchmark.Run(index, queries, Option(args, "--passes", 8), Positional(args[3..])),
    ["update", ..] when Positional(args[1..]) is { Length: > 0 } pairs && pairs.All(pair => pair.Contains('=')) =>
        await UpdateBenchmark.RunAsync([.. pairs.Select(pair => (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]))], Option(args, "--runs", 10)),
    ["figures", var corpus, ..] => await FigureShareBenchmark.RunAsync(corpus, Option(args, "--runs", 5)),
    ["freshness", var host, var corpus, var index, ..] => await FreshnessBenchmark.RunAsync(host, corpus, index, Option(args, "--pages", 5)),
    ["startup", var host, var corpus, ..] => await StartupBenchmark.RunAsync(host, corpus, Text(args, "--index"), Option(args, "--runs", 5)),
    ["pages", var root, ..] => await PageCostBenchmark.Run(root, [.. (Text(args, "--sizes-kb") ?? "128 512 2048 4096").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)],
        Option(args, "--runs", 3)),
    _ => Usage(),
};

static string? Text(string[] args, string name) => args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault();

// The arguments that are neither an option ("--name") nor an option's value.
static string[] Positional(string[] args) => [.. args.Where((arg, i) => !arg.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--")))];

static int Option(string[] args, string name, int fallback) =>
    args.SkipWhile(arg => arg != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback);

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Search.Bench analyzer CORPUS.tsv [--max-docs K] [--passes 3] [--words]
               Search.Bench indexing CORPUS_DIR [--max-docs K] [--passes 3]
               Search.Bench query INDEX_DIR QUERIES_FILE [--threads N] [--seconds S] [--fold-traditional false] [--pinyin false]
               Search.Bench recall INDEX_DIR QUERIES_FILE
               Search.Bench features INDEX_DIR QUERIES_FILE PINYIN_QUERIES_FILE [--passes 10]
               Search.Bench copies INDEX_DIR [--runs 7]
               Search.Bench terms INDEX_DIR [--passes 5]
               Search.Bench directories INDEX_DIR QUERIES_FILE [--passes 8] [--kinds nio,mmap,positional-2048,postings-8192,…]
               Search.Bench ab INDEX_DIR QUERIES_FILE [--passes 8] PROBE_DIR[=INDEX_DIR] PROBE_DIR[=INDEX_DIR]...
               Search.Bench startup HOST_DLL CORPUS_DIR [--index INDEX_DIR] [--runs 5]
               Search.Bench pages REPOSITORY_ROOT [--sizes-kb "128 512 2048 4096"] [--runs 3]
               Search.Bench update CORPUS_DIR=INDEX_DIR [CORPUS_DIR=INDEX_DIR]... [--runs 10]
               Search.Bench figures CORPUS_DIR [--runs 5]
               Search.Bench freshness HOST_DLL CORPUS_DIR INDEX_DIR [--pages 5]
               Search.Bench load http://127.0.0.1:PORT [--queries FILE] [--path /api/search] [--connections 32] [--seconds 60] [--warmup 0] [--reindex-key KEY]
        (see bench/README.md)
        """);
    return 2;
}

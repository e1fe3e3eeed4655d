using Search.Bench;

return args switch
{
    ["analyzer", var file, ..] => AnalyzerBenchmark.Run(file, Option(args, "--passes", 3)),
    ["query", var index, var queries, ..] => QueryBenchmark.Run(index, queries, threads: Option(args, "--threads", 2), seconds: Option(args, "--seconds", 20)),
    _ => Usage(),
};

static int Option(string[] args, string name, int fallback) =>
    args.SkipWhile(arg => arg != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback);

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Search.Bench analyzer FILE [--passes N]
               Search.Bench query INDEX_DIR QUERIES_FILE [--threads N] [--seconds S]
        (see bench/README.md)
        """);
    return 2;
}

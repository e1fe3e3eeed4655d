using Search.Bench;

return args switch
{
    ["analyzer", var file, ..] => AnalyzerBenchmark.Run(file, Passes(args)),
    _ => Usage(),
};

static int Passes(string[] args) =>
    args.SkipWhile(arg => arg != "--passes").Skip(1).Select(int.Parse).FirstOrDefault(3);

static int Usage()
{
    Console.Error.WriteLine("usage: Search.Bench analyzer FILE [--passes N]   (see bench/README.md)");
    return 2;
}

using System.Reflection;
using System.Runtime.Loader;

namespace Search.Bench;

/// <summary>
/// Two or more builds of the engine in one process, each in a load context of its own, running
/// the query mix in alternating passes. On a machine whose speed drifts by a third from minute to
/// minute, runs taken one after the other cannot see a 5% change; passes a second apart share the
/// drift, so the median of the per-pass ratios against the first build can.
/// </summary>
internal static class AbBenchmark
{
    private static readonly string[] Stages = ["total", "query", "search", "hits"];

    /// <param name="builds">Directories of built <c>Search.AbProbe</c> copies, each optionally <c>=INDEX_DIR</c> (default <paramref name="index"/>); a build is named by its directory's name.</param>
    public static int Run(string index, string queriesFile, int passes, IReadOnlyList<string> builds)
    {
        var queries = File.ReadAllLines(queriesFile);
        var specs = builds.Select(build => build.Split('=', 2)).Select(parts => (Directory: parts[0], Index: parts.Length > 1 ? parts[1] : index)).ToList();
        var probes = specs.Select(spec => Load(spec.Directory, spec.Index)).ToList();

        // The first pass of each build warms its JIT tiers and caches and is not counted.
        var times = probes.Select(_ => new List<double[]>()).ToList();
        for (var pass = 0; pass <= passes; pass++)
        {
            for (var b = 0; b < probes.Count; b++)
            {
                var figures = (double[])probes[b].Invoke(null, [queries])!;
                if (pass > 0)
                    times[b].Add(figures);
            }
        }

        for (var b = 0; b < probes.Count; b++)
        {
            BenchOutput.Line(new
            {
                measure = "ab",
                build = Path.GetFileName(specs[b].Directory.TrimEnd('/')),
                passes,
                medianMs = Stages.Select((stage, s) => (stage, s)).ToDictionary(p => p.stage, p => Median(times[b].Select(t => t[p.s]), digits: 1)),
                // Each pass against the baseline's pass just before it.
                ratioToFirst = b == 0 ? null : Stages.Select((stage, s) => (stage, s))
                    .ToDictionary(p => p.stage, p => Median(times[b].Zip(times[0], (t, t0) => t[p.s] / t0[p.s]), digits: 3)),
            });
        }
        return 0;
    }

    private static MethodInfo Load(string buildDirectory, string index)
    {
        var probePath = Path.GetFullPath(Path.Combine(buildDirectory, "Search.AbProbe.dll"));
        var context = new BuildContext(probePath);
        var probe = context.LoadFromAssemblyPath(probePath).GetType("Search.AbProbe.Probe")
            ?? throw new InvalidOperationException($"{probePath} has no Search.AbProbe.Probe");
        probe.GetMethod("Load")!.Invoke(null, [index]);
        return probe.GetMethod("Pass")!;
    }

    private static double Median(IEnumerable<double> values, int digits) => BenchOutput.Percentile([.. values.Order()], 50, digits);

    /// <summary>Resolves a build's own engine, Lucene.Net and their native libraries from its directory, never the host's.</summary>
    private sealed class BuildContext(string probePath) : AssemblyLoadContext(probePath)
    {
        private readonly AssemblyDependencyResolver _resolver = new(probePath);

        protected override Assembly? Load(AssemblyName name) =>
            _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override IntPtr LoadUnmanagedDll(string name) =>
            _resolver.ResolveUnmanagedDllToPath(name) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}

#!/usr/bin/env python3
"""Turns bench/run.sh's results.jsonl into the Markdown tables of docs/benchmarks.md: each figure of
ours next to Lucene's (when measured) with the ratio, written so that above 1 means we are better."""
import json
import sys


def load(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.startswith("{")]
    for row in rows:
        row.setdefault("engine", "lucene" if "env" in row else "ours")
    return rows


def pick(rows, measure, engine, **where):
    return next((r for r in rows if r.get("measure") == measure and r["engine"] == engine
                 and all(r.get(k) == v for k, v in where.items())), None)


def ratio(ours, lucene, higher_is_better=True):
    if ours is None or lucene is None or not ours or not lucene:
        return "—"
    value = ours / lucene if higher_is_better else lucene / ours
    return f"**{value:.2f}×**" if value >= 1 else f"{value:.2f}×"


def fmt(value, digits=2, unit=""):
    return "—" if value is None else f"{value:,.{digits}f}{unit}"


def main(path):
    rows = load(path)
    out = []
    analyzer = (pick(rows, "analyzer", "ours"), pick(rows, "analyzer", "lucene"))
    if analyzer[0]:
        out += ["### Analyzer, 1 thread", "", "| figure | ours | Lucene | ours vs Lucene |", "|---|---:|---:|---:|"]
        o, l = (a and a.get("mb_per_s_median") for a in analyzer)
        out += [f"| MB/s | {fmt(o)} | {fmt(l)} | {ratio(o, l)} |"]
        # Lucene loads its dictionaries lazily, on the first analysis; ours are loaded before any.
        o, l = analyzer[0].get("dictionary_load_ms"), analyzer[1] and analyzer[1].get("firstAnalysisMs")
        out += [f"| dictionary load ms (Lucene: first analysis) | {fmt(o, 1)} | {fmt(l, 1)} | {ratio(o, l, higher_is_better=False)} |",
                f"| managed heap held by the dictionaries MB | {fmt(analyzer[0].get('dictionary_heap_mb'), 1)} | — | |",
                f"| working-set growth while loading MB | {fmt(analyzer[0].get('working_set_growth_mb'), 1)} | — | |", ""]

    sizes = sorted({r["docs"] for r in rows if r.get("measure") == "index" and r["engine"] == "ours"})
    if sizes:
        out += ["### Indexing", "", "Wall time of a whole build (read, analyse, write the SQLite file, load it) for ours; "
                "documents added and committed for Lucene. Ratio above 1: ours is faster or smaller.", "",
                "| articles | threads | ours docs/s (MB/s) | Lucene docs/s (MB/s) | ratio | ours index MB | Lucene index MB | size ratio | ours peak RSS MB |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for n in sizes:
            for threads in (1, 2):
                o, l = pick(rows, "index", "ours", docs=n, threads=threads), pick(rows, "index", "lucene", docs=n, threads=threads)
                if not o:
                    continue
                lucene = f"{fmt(l['docs_per_s'], 0)} ({fmt(l['mb_per_s'])})" if l else "—"
                out.append(f"| {n:,} | {threads} | {fmt(o['docs_per_s'], 0)} ({fmt(o['mb_per_s'])}) | {lucene} | "
                           f"{ratio(o['docs_per_s'], l and l['docs_per_s'])} | {fmt(o['index_mb'], 0)} | {fmt(l and l['index_mb'], 0)} | "
                           f"{ratio(o['index_mb'], l and l['index_mb'], higher_is_better=False)} | {fmt(o['peak_rss_mb'], 0)} |")
        out.append("")

    queries = sorted({r["docs"] for r in rows if r.get("measure") == "query_latency" and r["engine"] == "ours"})
    if queries:
        out += ["### Query unit (parse, match, top 10, both facets over all matches, highlighted snippets)", "",
                "Latency single-threaded after warm-up; throughput on 2 threads. Ratio above 1: ours is faster.", "",
                "| articles | figure | ours | Lucene | ratio |", "|---:|---|---:|---:|---:|"]
        for n in queries:
            o, l = pick(rows, "query_latency", "ours", docs=n), pick(rows, "query_latency", "lucene", docs=n)
            t = pick(rows, "query_throughput", "lucene", docs=n)
            for label, ours_key, lucene_key in (("p50 ms", "p50Ms", "p50_ms"), ("p90 ms", "p90Ms", "p90_ms"),
                                                ("p99 ms", "p99Ms", "p99_ms"), ("max ms", "maxMs", "max_ms")):
                lv = l and l[lucene_key]
                out.append(f"| {n:,} | {label} | {fmt(o[ours_key])} | {fmt(lv)} | {ratio(o[ours_key], lv, higher_is_better=False)} |")
            out.append(f"| {n:,} | q/s, 2 threads | {fmt(o['queriesPerSecond'], 0)} | {fmt(t and t['qps'], 0)} | {ratio(o['queriesPerSecond'], t and t['qps'])} |")
            out.append(f"| {n:,} | queries with no hit (of {o['queries']}) | {o['zeroHitQueries']} | {l['zero_hit_queries'] if l else '—'} | |")
            out.append(f"| {n:,} | index load s / peak working set MB | {fmt(o['indexLoadSeconds'])} / {fmt(o['peakWorkingSetMB'], 0)} | "
                       f"{fmt(l and l.get('reader_open_s'))} / — | |")
        out.append("")

    loads = [r for r in rows if r.get("measure") == "http_load"]
    if loads:
        floor = next((r for r in loads if r.get("path") == "/healthz"), None)
        out += ["### HTTP on loopback, 32 connections", "", "| path | requests/s | share of /healthz | p50 ms | p99 ms | errors | 5xx |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        for r in loads:
            share = f"{r['requestsPerSecond'] / floor['requestsPerSecond']:.0%}" if floor else "—"
            out.append(f"| {r['path']} | {fmt(r['requestsPerSecond'], 0)} | {share} | {fmt(r['p50Ms'])} | {fmt(r['p99Ms'])} | {r['errors']} | {r['serverErrors']} |")
        out.append("")

    startups = [r for r in rows if r.get("measure") == "startup"]
    memory = pick(rows, "host_memory", "ours")
    if startups or memory:
        out += ["### Start-up and memory", "", "| figure | value |", "|---|---:|"]
        for r in startups:
            out.append(f"| process start to first answered search, {r['index']} ({r['corpus'].split('/')[-1]}), median of {r['runs']} | {fmt(r['medianSeconds'], 2, ' s')} |")
        if memory:
            out.append(f"| host peak resident memory over the HTTP runs | {memory['peak_rss_mb']} MB |")
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])

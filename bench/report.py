#!/usr/bin/env python3
"""Turns bench/run.sh's results.jsonl into the Markdown tables of docs/benchmarks.md: each figure of
ours next to Java Lucene's ("java") and Lucene.Net's classic unit ("lucenenet") when measured, with
the ratio to Java written so that above 1 means we are better, and the targets of the speed issue."""
import json
import sys

ENGINES = ("ours", "java", "lucenenet")


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.startswith("{")]


def pick(rows, measure, engine, texts=None, **where):
    """The first row of the measure and engine; of the synthetic corpus unless other texts are named."""
    return next((r for r in rows if r.get("measure") == measure and r.get("engine") == engine and r.get("texts") == texts
                 and all(r.get(k) == v for k, v in where.items())), None)


def ratio(ours, other, higher_is_better=True):
    if not ours or not other:
        return "—"
    value = ours / other if higher_is_better else other / ours
    return f"**{value:.2f}×**" if value >= 1 else f"{value:.2f}×"


def fmt(value, digits=2, unit=""):
    return "—" if value is None else f"{value:,.{digits}f}{unit}"


def get(row, *keys):
    """The first of the keys the row has (ours and the peers name some figures differently)."""
    if row is None:
        return None
    return next((row[k] for k in keys if k in row), None)


def latency(rows, engine, n):
    row = pick(rows, "query_latency", engine, docs=n)
    qps = row and row.get("queriesPerSecond")
    if engine != "ours":
        throughput = pick(rows, "query_throughput", engine, docs=n)
        qps = throughput and throughput["qps"]
    return row, qps


def analyzer_table(rows):
    ours, java = pick(rows, "analyzer", "ours"), pick(rows, "analyzer", "java")
    if not ours:
        return []
    return ["### Analyzer, 1 thread (SmartCn alone)", "",
            f"Bodies of the first {ours['docs']:,} synthetic articles ({ours['input_mb']} MB), the peer's protocol. "
            "Ours is Lucene.Net's SmartCn; the Java peer runs Java Lucene's.", "",
            "| figure | ours (Lucene.Net) | Java Lucene | ours vs Java |", "|---|---:|---:|---:|",
            f"| MB/s | {fmt(ours['mb_per_s_median'])} | {fmt(get(java, 'mb_per_s_median'))} | {ratio(ours['mb_per_s_median'], get(java, 'mb_per_s_median'))} |",
            f"| tokens | {ours['tokens']:,} | {fmt(get(java, 'tokens'), 0)} | |",
            f"| dictionaries' first load ms / managed heap MB | {fmt(ours['dictionary_load_ms'], 0)} / {fmt(ours['dictionary_heap_mb'], 1)} | — | |", ""]


def index_table(rows):
    sizes = sorted({r["docs"] for r in rows if r.get("measure") == "index" and r.get("engine") == "ours" and "texts" not in r})
    if not sizes:
        return []
    out = ["### Indexing", "",
           "Ours: wall time of a whole `search index --force` (read, analyse every field, write, merge to one segment, commit). "
           "Peers: documents added and committed, their classic fields only. Ratio above 1: ours is faster or smaller.", "",
           "| articles | threads | ours docs/s (MB/s) | Java docs/s | Lucene.Net docs/s | ours vs Java | index MB ours / Java / Lucene.Net | peak RSS MB ours / Java / Lucene.Net |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sizes:
        for threads in (1, 2):
            o = pick(rows, "index", "ours", docs=n, threads=threads)
            j = pick(rows, "index", "java", docs=n, threads=threads)
            l = pick(rows, "index", "lucenenet", docs=n, threads=threads)
            if not (o or j or l):
                continue
            out.append(f"| {n:,} | {threads} | {fmt(get(o, 'docs_per_s'), 0)} ({fmt(get(o, 'mb_per_s'))}) | {fmt(get(j, 'docs_per_s'), 0)} | "
                       f"{fmt(get(l, 'docs_per_s'), 0)} | {ratio(get(o, 'docs_per_s'), get(j, 'docs_per_s'))} | "
                       f"{fmt(get(o, 'index_mb'), 0)} / {fmt(get(j, 'index_mb'), 0)} / {fmt(get(l, 'index_mb'), 0)} | "
                       f"{fmt(get(o, 'peak_rss_mb'), 0)} / {fmt(get(j, 'peak_rss_mb'), 0)} / {fmt(get(l, 'peak_rss_mb'), 0)} |")
    return out + [""]


def indexing_cost_table(rows):
    """Where one thread's build time goes (Search.Bench indexing): each stage's seconds and share."""
    r = next((r for r in rows if r.get("measure") == "indexing cost"), None)
    if r is None:
        return []
    out = ["### Indexing, stage by stage (`Search.Bench indexing`, one thread)", "",
           f"{r['docs']:,} articles, median of {r['passes']} passes; "
           f"tokens an article: " + ", ".join(f"{k} {fmt(v, 0)}" for k, v in r["tokens_per_article"].items()) + ".", "",
           "| stage | s | share |", "|---|---:|---:|", f"| read (once) | {fmt(r['read_s'])} | {fmt(100 * r['shares']['read (once)'], 1)}% |"]
    for stage, seconds in r["stages_s"].items():
        out.append(f"| {stage} | {fmt(seconds)} | {fmt(100 * r['shares'][stage], 1)}% |")
    return out + [""]


def query_table(rows):
    sizes = sorted({r["docs"] for r in rows if r.get("measure") == "query_latency" and r.get("engine") == "ours" and "texts" not in r})
    if not sizes:
        return []
    out = ["### Query unit", "",
           "Ours: parse, match (exact text or all words, exact first), top 10, both facets drill-sideways over all matches, three snippets. "
           "Peers: the classic unit (AND over SmartCn words, plain facets, two passages). Latency single-threaded after warm-up; "
           "throughput on 2 threads. Ratio above 1: ours is faster.", "",
           "| articles | figure | ours | Java | Lucene.Net (NIOFS) | ours vs Java |", "|---:|---|---:|---:|---:|---:|"]
    for n in sizes:
        (o, oq), (j, jq), (l, lq) = (latency(rows, e, n) for e in ENGINES)
        for label, ours_key, peer_key in (("p50 ms", "p50Ms", "p50_ms"), ("p90 ms", "p90Ms", "p90_ms"),
                                          ("p99 ms", "p99Ms", "p99_ms"), ("max ms", "maxMs", "max_ms")):
            out.append(f"| {n:,} | {label} | {fmt(get(o, ours_key))} | {fmt(get(j, peer_key))} | {fmt(get(l, peer_key))} | "
                       f"{ratio(get(o, ours_key), get(j, peer_key), higher_is_better=False)} |")
        out.append(f"| {n:,} | q/s, 2 threads | {fmt(oq, 0)} | {fmt(jq, 0)} | {fmt(lq, 0)} | {ratio(oq, jq)} |")
        out.append(f"| {n:,} | queries with no hit (of {get(o, 'queries')}) / mean hits | {fmt(get(o, 'zeroHitQueries'), 0)} / {fmt(get(o, 'meanTotalHits'), 0)} | "
                   f"{fmt(get(j, 'zero_hit_queries'), 0)} / {fmt(get(j, 'mean_total_hits'), 0)} | {fmt(get(l, 'zero_hit_queries'), 0)} / {fmt(get(l, 'mean_total_hits'), 0)} | |")
        if o:
            stage, gc = o.get("meanStageMs", {}), o.get("gcDuringThroughput", {})
            out.append(f"| {n:,} | ours: mean ms query / search / hits; MB allocated a query; GC pause | "
                       f"{fmt(stage.get('query'))} / {fmt(stage.get('search'))} / {fmt(stage.get('hits'))}; "
                       f"{fmt(gc.get('allocatedMBPerQuery'), 3)}; {fmt(gc.get('pausePercent'), 1, '%')} | | | |")
    return out + [""]


def reports_table(rows):
    """The query unit on the real reports, every engine on the same texts."""
    o = pick(rows, "query_latency", "ours", texts="reports")
    if not o:
        return []
    peers = {e: (pick(rows, "query_latency", e, texts="reports"), pick(rows, "query_throughput", e, texts="reports")) for e in ("java", "lucenenet")}
    (j, jq), (l, lq) = peers["java"], peers["lucenenet"]
    qps = {"ours": o.get("queriesPerSecond"), "java": jq and jq["qps"], "lucenenet": lq and lq["qps"]}
    out = ["### Long real reports", "",
           f"The {get(o, 'docs')} articles ours reads from the real reports of `shared/reports/pages` (the peers: one document a report), "
           "the same query mix. Ratio above 1: ours is faster.", "",
           "| figure | ours | Java | Lucene.Net (NIOFS) | ours vs Java |", "|---|---:|---:|---:|---:|"]
    for label, ours_key, peer_key in (("p50 ms", "p50Ms", "p50_ms"), ("p99 ms", "p99Ms", "p99_ms")):
        out.append(f"| {label} | {fmt(get(o, ours_key))} | {fmt(get(j, peer_key))} | {fmt(get(l, peer_key))} | "
                   f"{ratio(get(o, ours_key), get(j, peer_key), higher_is_better=False)} |")
    out.append(f"| q/s, 2 threads | {fmt(qps['ours'], 0)} | {fmt(qps['java'], 0)} | {fmt(qps['lucenenet'], 0)} | {ratio(qps['ours'], qps['java'])} |")
    return out + [""]


def checks_table(rows):
    recall, fresh = pick(rows, "recall_check", "ours"), pick(rows, "freshness", "ours")
    out = []
    if recall:
        out += ["### Recall check (`Search.Bench recall`)", "",
                f"{recall['docs']:,} articles, {recall['queries']} distinct queries: {recall['containing']:,} (query, article) pairs "
                f"where the article contains every term verbatim, by a substring scan of every article; "
                f"**{recall['missing']} missing** from the matches, {recall['ranking_violations']} queries where such an article "
                f"ranked below one that does not; {recall['matched_by_words_only']:,} further matches by words alone.", ""]
    if fresh:
        out += ["### A page dropped into a running host (`Search.Bench freshness`)", "",
                f"{fresh['pages']} pages, one at a time, into the corpus of a host serving "
                f"{fresh['corpus'].split('/')[-1]}: file written → first search that finds it, "
                f"median **{fresh['median_ms']:.0f} ms**, max {fresh['max_ms']:.0f} ms (each: {', '.join(f'{v:.0f}' for v in fresh['each_ms'])}); "
                f"articles analysed per update: {', '.join(map(str, fresh['analysed_per_update']))}.", ""]
    return out


def http_table(rows):
    loads = [r for r in rows if r.get("measure") == "http_load"]
    if not loads:
        return []
    floor = next((r for r in loads if r.get("path") == "/healthz"), None)
    out = ["### HTTP on loopback, 32 connections", "", "| path | requests/s | share of /healthz | p50 ms | p99 ms | errors | 5xx |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    for r in loads:
        share = f"{r['requestsPerSecond'] / floor['requestsPerSecond']:.1%}" if floor else "—"
        out.append(f"| {r['path']} | {fmt(r['requestsPerSecond'], 0)} | {share} | {fmt(r['p50Ms'])} | {fmt(r['p99Ms'])} | {r['errors']} | {r['serverErrors']} |")
    return out + [""]


def startup_table(rows):
    startups = [r for r in rows if r.get("measure") == "startup"]
    memory = [r for r in rows if r.get("measure") == "host_memory"]
    if not (startups or memory):
        return []
    out = ["### Start-up and memory", "", "| figure | value |", "|---|---:|"]
    for r in startups:
        out.append(f"| process start to first answered search, {r['index']} ({r['corpus'].split('/')[-1]}), median of {r['runs']} | {fmt(r['medianSeconds'], 2, ' s')} |")
    for r in memory:
        own = f"; its own memory {r['peak_own_mb']} MB, mapped index and code {r['mapped_files_mb']} MB" if "peak_own_mb" in r else ""
        out.append(f"| host peak resident memory serving {r['docs']:,} articles under the search load | {r['peak_rss_mb']} MB{own} |")
    return out + [""]


def terms_table(rows):
    terms = [r for r in rows if r.get("measure") == "terms_views"]
    if not terms:
        return []
    out = ["### Terms views (`Search.Bench terms`)", "", "| articles | views | first view (counts every segment) | new p50 / p95 | changes p50 / p95 | distinctive p50 / p95 | trend p50 / p95 |",
           "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in terms:
        v = r["views_ms"]
        out.append(f"| {r['docs']:,} | {r['views']} × {r['passes']} | {fmt(r['firstViewMs'], 0, ' ms')} | "
                   + " | ".join(f"{fmt(v[k]['p50'])} / {fmt(v[k]['p95'])} ms" for k in ("new", "changes", "distinctive", "trend")) + " |")
    return out + [""]


def targets_table(rows):
    """The speed issue's targets, each with what this run measured against the same run's Java figure."""
    out = ["### Targets", "", "| target | measured | met |", "|---|---|---|"]

    def verdict(ok):
        return "yes" if ok else "**no**"

    for n, times in ((10000, 1.5), (50000, 1.0)):
        (o, oq), (j, jq), _ = (latency(rows, e, n) for e in ENGINES)
        if o and j:
            out.append(f"| {n:,}: q/s ≥ {times}× Java's | {fmt(oq, 0)} vs {fmt(jq, 0)} ({ratio(oq, jq)}) | {verdict(oq >= times * jq)} |")
            for label, ours_key, peer_key in (("p50", "p50Ms", "p50_ms"), ("p99", "p99Ms", "p99_ms")):
                out.append(f"| {n:,}: {label} ≤ Java's | {fmt(o[ours_key])} vs {fmt(j[peer_key])} ms | {verdict(o[ours_key] <= j[peer_key])} |")
    search = next((r for r in rows if r.get("measure") == "http_load" and r.get("path") != "/healthz"), None)
    if search:
        out.append(f"| HTTP `/api/search`, 32 connections: ≥ 1,200 req/s, 0 errors | {fmt(search['requestsPerSecond'], 0)} req/s, "
                   f"{search['errors']} errors | {verdict(search['requestsPerSecond'] >= 1200 and search['errors'] == 0)} |")
        _, engine_qps = latency(rows, "ours", 10000)
        if engine_qps:
            out.append(f"| HTTP `/api/search` ≥ 0.9× the engine's q/s on the same index | {fmt(search['requestsPerSecond'], 0)} vs {fmt(engine_qps, 0)} "
                       f"({search['requestsPerSecond'] / engine_qps:.2f}×) | {verdict(search['requestsPerSecond'] >= 0.9 * engine_qps)} |")
    o, j = pick(rows, "index", "ours", docs=10000, threads=2), pick(rows, "index", "java", docs=10000, threads=2)
    if o and j:
        out.append(f"| indexing 10,000, 2 threads: ≥ 0.85× Java's docs/s | {fmt(o['docs_per_s'], 0)} vs {fmt(j['docs_per_s'], 0)} ({ratio(o['docs_per_s'], j['docs_per_s'])}) | "
                   f"{verdict(o['docs_per_s'] >= 0.85 * j['docs_per_s'])} |")
    o, j = pick(rows, "query_latency", "ours", texts="reports"), pick(rows, "query_throughput", "java", texts="reports")
    if o and j:
        out.append(f"| long real reports: q/s ≥ Java's (the lead kept) | {fmt(o['queriesPerSecond'], 0)} vs {fmt(j['qps'], 0)} | {verdict(o['queriesPerSecond'] >= j['qps'])} |")
    build = pick(rows, "index", "ours", docs=50000, threads=2)
    if build:
        out.append(f"| peak working set, 50,000 build ≤ 1 GB | {build['peak_rss_mb']:,} MB | {verdict(build['peak_rss_mb'] <= 1024)} |")
    serving = pick(rows, "host_memory", "ours", docs=50000)
    if serving:
        # Judged on the host's own memory: the index pages it maps are the page cache, which reads by
        # position fill all the same (and a container is charged for either way).
        own = serving.get("peak_own_mb", serving["peak_rss_mb"])
        out.append(f"| serving 50,000 ≤ 300 MB of the host's own memory (mapped index pages apart) | {own} MB own, {serving['peak_rss_mb']} MB resident in all | {verdict(own <= 300)} |")
    startup = next((r for r in rows if r.get("measure") == "startup" and r.get("index") == "existing"), None)
    if startup:
        out.append(f"| start-up with an existing index to first answered search < 1 s | {startup['medianSeconds']:.2f} s | {verdict(startup['medianSeconds'] < 1)} |")
    fresh = pick(rows, "freshness", "ours")
    if fresh:
        out.append(f"| a page added while the host runs → searchable < 1 s | median {fresh['median_ms']:.0f} ms, max {fresh['max_ms']:.0f} ms | "
                   f"{verdict(fresh['max_ms'] < 1000)} |")
    return out + [""] if len(out) > 4 else []


def main(path):
    rows = load(path)
    sections = (analyzer_table, index_table, indexing_cost_table, query_table, reports_table, checks_table, terms_table, http_table, startup_table, targets_table)
    print("\n".join(line for section in sections for line in section(rows)))


if __name__ == "__main__":
    main(sys.argv[1])

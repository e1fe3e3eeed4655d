#!/usr/bin/env bash
# The whole benchmark suite in one run, ours next to two peers on the same files: Java Lucene 4.10.4
# + SmartCn (shared/bench/peer-lucene, "java") and Lucene.Net 4.8's classic unit
# (shared/bench/peer-lucenenet, "lucenenet", NIOFSDirectory). Measured: the analyzer; indexing
# (1 and 2 threads; index size, peak memory; where a build's time goes, stage by stage); the query
# unit (latency on one thread, throughput on two); the recall check; the terms views; a page dropped
# into a running host (freshness); HTTP at 32 connections (/healthz as the floor, then search);
# start-up to the first answered search; the memory of a host serving the largest index. Results
# go to OUT/results.jsonl (one JSON line per figure, each tagged with its engine) and OUT/report.md
# (the tables for docs/benchmarks.md, with ratios and targets).
#
#   bench/run.sh                       full run: N = 1,000 / 10,000 / 50,000 (about 40 minutes); writes its
#                                      tables into docs/benchmarks.md (bench/write-docs.py; --no-docs: not)
#   bench/run.sh --sizes "1000 10000"  chosen sizes
#   bench/run.sh --smoke               CI: the five corpus pages, a few seconds per step, no peers
#
# The full run needs the shared benchmark material (SHARED_BENCH, default ../shared/bench: the corpus
# generator, the query mix, both peers) and `apt-get install -y liblucene4.10-java`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_BENCH:-$root/../shared/bench}"
out="${BENCH_OUT:-/tmp/search-bench}"
sizes="1000 10000 50000"; seconds=20; http_seconds=30; warmup=10; smoke=false; peers=true; docs=true
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift ;;
    --smoke) smoke=true; seconds=2; http_seconds=3; warmup=1; peers=false ;;
    --no-peers) peers=false ;;
    --no-docs) docs=false ;;
    --out) out="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"
# Every .NET process of the suite (ours and the Lucene.Net peer alike) runs with the first generation
# the service runs with (Dockerfile, Properties/launchSettings.json): 32 MB, not the collector's
# cache-sized default, which stopped both searching threads for a gen-0 collection every 2 to 3 MB a
# search allocated (docs/benchmarks.md, "A larger first generation"). The runtime reads it only from
# the environment. Index builds (ours, the stage benchmark's, the Lucene.Net peer's) run without it,
# as the command line does: it bought them nothing and would add to their peak memory.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
# Runs a command or one of this script's functions as a build runs: without the floor.
without_floor() { ( unset DOTNET_GCgen0size; "$@" ); }
results="$out/results.jsonl"; : > "$results"
log() { echo "== $*" >&2; }
# Keeps the JSON lines, tagged with their engine, and shows them.
# A second argument tags the lines with the texts they measured, when not the synthetic corpus (a
# key of its own: the peers' lines name their corpus file under "corpus").
record() { grep '^{' | python3 -c '
import json, sys
extra = {"texts": sys.argv[2]} if len(sys.argv) > 2 and sys.argv[2] else {}
for line in sys.stdin:
    print(json.dumps({**json.loads(line), "engine": sys.argv[1], **extra}, ensure_ascii=False), flush=True)' "${1:-ours}" "${2:-}" | tee -a "$results"; }

log "building (Release; the host published ReadyToRun, as the Dockerfile publishes it)"
for project in src/Search.Cli bench/Search.Bench; do
  dotnet build -c Release "$root/$project" -v quiet -nologo >/dev/null
done
dotnet publish "$root/src/Search.Host" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
  -o "$out/host" -v quiet -nologo >/dev/null
cli="$root/src/Search.Cli/bin/Release/net10.0/search.dll"
host="$out/host/Search.Host.dll"
bench() { dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" "$@"; }
java_peer() { "$shared/peer-lucene/run.sh" "$@" 2>/dev/null; }
lucenenet_peer() { "$shared/peer-lucenenet/run.sh" "$@" 2>/dev/null; }

# Indexing: wall time of `search index --force` (read, analyse, write, merge, commit), peak resident memory.
index_ours() { # corpus_dir index_dir docs input_mb threads [corpus tag]
  local report; report="$(mktemp)"
  without_floor /usr/bin/time -f '%e %M' -o "$report" dotnet "$cli" index --force --Search:IndexThreads="$5" \
    --Search:CorpusPath="$1" --Search:IndexPath="$2" >/dev/null
  read -r wall peak_kb < "$report"; rm -f "$report"
  python3 - "$3" "$4" "$5" "$wall" "$peak_kb" "$(du -sb "$2" | cut -f1)" <<'PY' | record ours "${6:-}"
import json, sys
docs, mb, threads, wall, peak_kb, size = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
print(json.dumps({"measure": "index", "docs": docs, "threads": threads, "input_mb": round(mb, 2), "wall_s": wall,
  "docs_per_s": round(docs / wall, 1), "mb_per_s": round(mb / wall, 2), "index_mb": round(size / 1e6, 1), "peak_rss_mb": round(peak_kb / 1024)}))
PY
  # A build leaves hundreds of MB of dirty pages (790 MB at 50,000), which the kernel may write back
  # while the next step's queries are timed: 50,000 measured 405 q/s right after its build in the
  # suite of 2026-12-06, 509 on the same index minutes later. Written out first, every engine alike.
  sync
}

# A peer's indexing, with its peak resident memory beside its own figures.
index_peer() { # engine tsv index_dir threads [corpus tag]
  local report; report="$(mktemp)"; rm -rf "$3"
  if [ "$1" = java ]; then
    /usr/bin/time -f '%M' -o "$report" "$shared/peer-lucene/run.sh" index --corpus "$2" --index "$3" --threads "$4" 2>/dev/null > "$report.json"
  else
    without_floor /usr/bin/time -f '%M' -o "$report" "$shared/peer-lucenenet/run.sh" index --corpus "$2" --index "$3" --threads "$4" 2>/dev/null > "$report.json"
  fi
  python3 -c '
import json, sys
peak_kb = int(open(sys.argv[1]).read().split()[-1])
for line in open(sys.argv[2]):
    if line.startswith("{"):
        print(json.dumps({**json.loads(line), "peak_rss_mb": round(peak_kb / 1024)}))' "$report" "$report.json" | record "$1" "${5:-}"
  rm -f "$report" "$report.json"
  sync # the index written out before anything is timed on it (see index_ours)
}

# UTF-8 bytes of title + body, as the peers count them ("\n" in the TSV is one newline).
input_mb() { python3 -c "
import sys
print(sum(len(f[3].encode()) + len(f[4].replace('\\\\n', '\n').encode()) for f in (l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8'))) / 1e6)" "$1"; }

# A host over CORPUS and INDEX on loopback, for the HTTP and memory steps; sets $server and $base.
start_host() { # corpus index port
  base="http://127.0.0.1:$3"
  dotnet "$host" --urls "$base" --Search:CorpusPath="$1" --Search:IndexPath="$2" \
    --Search:SearchRequestsPerMinute=100000000 --Logging:LogLevel:Default=Warning > "$out/host-$3.log" 2>&1 &
  server=$!
  until curl -sf "$base/readyz" >/dev/null; do sleep 0.5; kill -0 $server; done
}
server=""
# The host's memory while it serves the search load: its peak resident set in all (VmHWM), and its
# own memory (RssAnon: heap, stacks, code's data, sampled twice a second, the peak kept) apart from
# the index pages it has mapped (RssFile): those are the kernel's page cache, which reads by position
# fill just the same, and count toward a container's memory either way.
serve_and_measure_memory() { # docs, then the load command; prints its output, then the memory line
  local docs=$1 samples; shift
  samples=$(mktemp)
  ( while kill -0 "$server" 2>/dev/null; do awk '/^RssAnon/ {print $2}' "/proc/$server/status" 2>/dev/null; sleep 0.5; done ) > "$samples" &
  local sampler=$!
  "$@"
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  python3 -c '
import json, sys
docs, samples, status = int(sys.argv[1]), sys.argv[2], sys.argv[3]
fields = {line.split(":")[0]: int(line.split()[1]) for line in open(status) if line.startswith(("VmHWM", "RssAnon", "RssFile"))}
anon = max([int(line) for line in open(samples) if line.strip()] + [fields["RssAnon"]])
print(json.dumps({"measure": "host_memory", "docs": docs, "peak_rss_mb": round(fields["VmHWM"] / 1024),
                  "peak_own_mb": round(anon / 1024), "mapped_files_mb": round(fields["RssFile"] / 1024)}))' "$docs" "$samples" "/proc/$server/status"
  rm -f "$samples"
}
stop_host() { [ -n "$server" ] || return 0; kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; server=""; }
trap 'stop_host' EXIT

if $smoke; then
  queries="$root/bench/smoke-queries.txt"
  mkdir -p "$out/smoke-index" "$out/smoke-corpus"
  cp "$root"/corpus/*.txt "$out/smoke-corpus/"
  articles=$(dotnet "$cli" articles --Search:CorpusPath="$root/corpus" 2>/dev/null | grep -c '^{')
  index_ours "$out/smoke-corpus" "$out/smoke-index" "$articles" "$(du -b "$root"/corpus/*.txt | awk '{s+=$1} END {print s/1e6}')" 1
  bench query "$out/smoke-index" "$queries" --seconds "$seconds" | record ours
  bench recall "$out/smoke-index" "$queries" | record ours
  bench terms "$out/smoke-index" --passes 1 | record ours
  without_floor bench indexing "$out/smoke-corpus" --passes 1 | record ours
  bench freshness "$host" "$out/smoke-corpus" "$out/smoke-index" --pages 2 | record ours
  # The same-process A/B tool, this commit against itself: to keep it building and running.
  "$root/bench/ab.sh" HEAD "$out/smoke-index" --passes 1 --queries "$queries" | record ours
  http_corpus="$out/smoke-corpus"; http_index="$out/smoke-index"
else
  queries="$shared/queries-500.txt"
  max=$(echo $sizes | tr ' ' '\n' | sort -n | tail -1)
  [ -f "$out/corpus-$max.tsv" ] || { log "generating $max articles"; python3 "$shared/gen_corpus.py" --docs "$max" --seed 42 --out "$out/corpus-$max.tsv"; }
  for n in $sizes; do
    tsv="$out/corpus-$n.tsv"
    [ -f "$tsv" ] || head -n "$n" "$out/corpus-$max.tsv" > "$tsv"   # smaller corpora are prefixes of larger ones
    mkdir -p "$out/c$n" "$out/i$n"
    [ -f "$out/c$n/corpus.jsonl" ] || python3 "$root/bench/tsv-to-jsonl.py" "$tsv" "$out/c$n/corpus.jsonl"
    mb=$(input_mb "$tsv")
    # One thread at 50,000 articles takes a quarter of an hour per engine: two threads only there.
    [ "$n" -ge 50000 ] && ours_threads="2" || ours_threads="1 2"
    for threads in $ours_threads; do
      log "indexing $n articles, ours, $threads thread(s)"
      index_ours "$out/c$n" "$out/i$n" "$n" "$mb" "$threads"
    done
    log "query unit, $n articles, ours"
    bench query "$out/i$n" "$queries" --seconds "$seconds" | record ours
    if $peers; then
      for engine in java lucenenet; do
        # The query runs on the 1-thread index, as in the peers' READMEs; at 50,000 that is the only one.
        [ "$n" -ge 50000 ] && peer_threads="1" || peer_threads="2 1"
        for threads in $peer_threads; do
          log "indexing $n articles, $engine, $threads thread(s)"
          index_peer "$engine" "$tsv" "$out/$engine$n" "$threads"
        done
        log "query unit, $n articles, $engine"
        if [ "$engine" = java ]; then
          java_peer query --index "$out/java$n" --queries "$queries" --qps-seconds "$seconds" | record java
        else
          lucenenet_peer query --index "$out/lucenenet$n" --queries "$queries" --qps-seconds "$seconds" --directory nio | record lucenenet
        fi
      done
    fi
  done
  # Long real reports (shared/reports/pages, the State Council's and ten provinces'), each engine
  # on the same texts: ours reads the folder, the peers its TSV (bench/reports-to-tsv.py).
  reports="${SHARED_REPORTS:-$root/../shared/reports/pages}"
  if $peers && [ -d "$reports" ]; then
    log "query unit on the real reports of $reports, every engine"
    mkdir -p "$out/creports"; cp "$reports"/*.txt "$out/creports/"
    python3 "$root/bench/reports-to-tsv.py" "$reports" "$out/reports.tsv"
    index_ours "$out/creports" "$out/ireports" "$(wc -l < "$out/reports.tsv")" "$(input_mb "$out/reports.tsv")" 2 reports > /dev/null
    bench query "$out/ireports" "$queries" --seconds "$seconds" | record ours reports
    index_peer java "$out/reports.tsv" "$out/javareports" 1 reports > /dev/null
    java_peer query --index "$out/javareports" --queries "$queries" --qps-seconds "$seconds" | record java reports
    index_peer lucenenet "$out/reports.tsv" "$out/lucenenetreports" 1 reports > /dev/null
    lucenenet_peer query --index "$out/lucenenetreports" --queries "$queries" --qps-seconds "$seconds" --directory nio | record lucenenet reports
  fi
  # Recall, freshness, HTTP and start-up on 10,000 articles when measured (the issues' size), else the largest.
  http=$(echo $sizes | tr ' ' '\n' | grep -x 10000 || echo "$max")
  http_corpus="$out/c$http"; http_index="$out/i$http"
  log "recall check, $http articles"
  bench recall "$http_index" "$queries" | record ours
  log "terms views, $http articles"
  bench terms "$http_index" --passes 3 | record ours
  log "indexing stage by stage, 1,000 of the $http articles, one thread"
  without_floor bench indexing "$http_corpus" --max-docs 1000 --passes 3 | record ours
  log "freshness: pages dropped into a running host over $http articles"
  bench freshness "$host" "$http_corpus" "$http_index" --pages 5 | record ours
  log "analyzer, ours (Lucene.Net SmartCn) and Java's"
  SEARCH_BENCH_BUILT=1 "$root/bench/analyzer.sh" "$out/corpus-$http.tsv" 3 2>/dev/null | grep '^{' | python3 -c '
import json, sys
for line, engine in zip(sys.stdin, ["ours", "java"]):
    print(json.dumps({**json.loads(line), "measure": "analyzer", "engine": engine}, ensure_ascii=False))' | tee -a "$results"
  if [ "$max" != "$http" ]; then
    log "memory of a host serving $max articles under the search load"
    start_host "$out/c$max" "$out/i$max" 5097
    serve_and_measure_memory "$max" bench load "$base" --queries "$queries" --connections 32 --seconds "$http_seconds" --warmup "$warmup" \
      | grep '"host_memory"' | record ours
    stop_host
  fi
fi

# Each load starts with $warmup s at the same load, not counted: the figures are the host in service,
# not its JIT tiers catching up (the query units are likewise timed after warm-up).
log "HTTP, 32 connections, $http_seconds s each after $warmup s of warm-up: /healthz, then search"
start_host "$http_corpus" "$http_index" 5098
bench load "$base" --path /healthz --connections 32 --seconds "$http_seconds" --warmup "$warmup" | record ours
articles=$(curl -sf "$base/readyz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
serve_and_measure_memory "$articles" bench load "$base" --queries "$queries" --connections 32 --seconds "$http_seconds" --warmup "$warmup" | record ours
stop_host

log "start-up to the first answered search"
bench startup "$host" "$http_corpus" --index "$http_index" --runs 5 | record ours
bench startup "$host" "$root/corpus" --runs 5 | record ours

python3 "$root/bench/report.py" "$results" > "$out/report.md"
log "results: $results; tables: $out/report.md"
cat "$out/report.md"
# A full run (every size, both peers) is the record: its tables replace docs/benchmarks.md's.
if ! $smoke && $peers && $docs && [ "$sizes" = "1000 10000 50000" ]; then
  python3 "$root/bench/write-docs.py" "$out/report.md" "$root/docs/benchmarks.md" \
    "$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- src bench || echo '+changes')" "bench/run.sh"
fi

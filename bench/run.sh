#!/usr/bin/env bash
# The whole benchmark suite, ours next to Lucene 4.10.4 + SmartCn on the same files, in one run:
# analyzer, indexing (1 and 2 threads) and index size, the query unit (latency single-threaded,
# throughput on 2 threads), HTTP at 32 connections (/healthz as the floor, then search), start-up to
# the first answered search, peak memory. Results go to OUT/results.jsonl (one JSON line per figure)
# and OUT/report.md (the tables for docs/benchmarks.md, with ratios).
#
#   bench/run.sh                       full run: N = 1,000 / 10,000 / 50,000 (about 40 minutes)
#   bench/run.sh --sizes "1000 10000"  chosen sizes
#   bench/run.sh --smoke               CI: the five corpus pages, a few seconds per step, no Lucene
#
# The full run needs the shared benchmark material (SHARED_BENCH, default ../shared/bench: the corpus
# generator, the query mix and the Lucene peer) and `apt-get install -y liblucene4.10-java`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_BENCH:-$root/../shared/bench}"
out="${BENCH_OUT:-/tmp/search-bench}"
sizes="1000 10000 50000"; seconds=20; http_seconds=30; warmup=10; smoke=false; lucene=true
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift ;;
    --smoke) smoke=true; seconds=2; http_seconds=3; warmup=1; lucene=false ;;
    --no-lucene) lucene=false ;;
    --out) out="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"
results="$out/results.jsonl"; : > "$results"
log() { echo "== $*" >&2; }
record() { grep '^{' | tee -a "$results"; }   # keep the JSON lines, show them too

log "building (Release)"
for project in src/Search.Cli src/Search.Host bench/Search.Bench; do
  dotnet build -c Release "$root/$project" -v quiet -nologo >/dev/null
done
cli="$root/src/Search.Cli/bin/Release/net10.0/search.dll"
host="$root/src/Search.Host/bin/Release/net10.0/Search.Host.dll"
bench() { dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" "$@"; }

# Indexing: wall time of `search index --force` (read, analyse, write, reload), peak resident memory.
index_ours() { # corpus_dir index_dir docs input_mb threads
  local report; report="$(mktemp)"
  /usr/bin/time -f '%e %M' -o "$report" dotnet "$cli" index --force --Search:IndexThreads="$5" \
    --Search:CorpusPath="$1" --Search:IndexPath="$2" >/dev/null
  read -r wall peak_kb < "$report"; rm -f "$report"
  python3 - "$3" "$4" "$5" "$wall" "$peak_kb" "$(du -sb "$2" | cut -f1)" <<'PY' | record
import json, sys
docs, mb, threads, wall, peak_kb, size = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
print(json.dumps({"measure": "index", "engine": "ours", "docs": docs, "threads": threads, "input_mb": round(mb, 2), "wall_s": wall,
  "docs_per_s": round(docs / wall, 1), "mb_per_s": round(mb / wall, 2), "index_mb": round(size / 1e6, 1), "peak_rss_mb": round(peak_kb / 1024)}))
PY
}

# UTF-8 bytes of title + body, as the Lucene peer counts them ("\n" in the TSV is one newline).
input_mb() { python3 -c "
import sys
print(sum(len(f[3].encode()) + len(f[4].replace('\\\\n', '\n').encode()) for f in (l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8'))) / 1e6)" "$1"; }

if $smoke; then
  queries="$root/bench/smoke-queries.txt"
  mkdir -p "$out/smoke-index"
  docs=$(dotnet "$cli" articles --Search:CorpusPath="$root/corpus" 2>/dev/null | grep -c '^{')
  index_ours "$root/corpus" "$out/smoke-index" "$docs" "$(du -b "$root"/corpus/*.txt | awk '{s+=$1} END {print s/1e6}')" 1
  bench query "$out/smoke-index" "$queries" --seconds "$seconds" | record
  # The same-process A/B tool, this commit against itself: to keep it building and running.
  "$root/bench/ab.sh" HEAD "$out/smoke-index" --passes 1 --queries "$queries" | record
  http_corpus="$root/corpus"; http_index="$out/smoke-index"
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
    for threads in 1 2; do
      log "indexing $n articles, ours, $threads thread(s)"
      index_ours "$out/c$n" "$out/i$n" "$n" "$mb" "$threads"
    done
    log "query unit, $n articles, ours"
    bench query "$out/i$n" "$queries" --seconds "$seconds" | record
    if $lucene; then
      for threads in 2 1; do # the query runs on the single-thread index, as in the peer's README
        log "indexing $n articles, Lucene, $threads thread(s)"
        rm -rf "$out/l$n"
        "$shared/peer-lucene/run.sh" index --corpus "$tsv" --index "$out/l$n" --threads "$threads" 2>/dev/null | record
      done
      log "query unit, $n articles, Lucene"
      "$shared/peer-lucene/run.sh" query --index "$out/l$n" --queries "$queries" --qps-seconds "$seconds" 2>/dev/null | record
    fi
  done
  # HTTP and start-up on 10,000 articles when measured (the issue's size), else the largest.
  http=$(echo $sizes | tr ' ' '\n' | grep -x 10000 || echo "$max")
  http_corpus="$out/c$http"; http_index="$out/i$http"
  log "analyzer, ours and Lucene"
  # analyzer.sh prints ours, then Lucene's
  "$root/bench/analyzer.sh" "$out/corpus-$max.tsv" 3 2>/dev/null | grep '^{' | python3 -c '
import json, sys
for line, engine in zip(sys.stdin, ["ours", "lucene"]):
    print(json.dumps({**json.loads(line), "measure": "analyzer", "engine": engine}))' | record
fi

# Each load starts with $warmup s at the same load, not counted: the figures are the host in service,
# not its JIT tiers catching up (the query unit, ours and Lucene's, is likewise timed after warm-up).
log "HTTP, 32 connections, $http_seconds s each after $warmup s of warm-up: /healthz, then search"
port=5098; base="http://127.0.0.1:$port"
dotnet "$host" --urls "$base" --Search:CorpusPath="$http_corpus" --Search:IndexPath="$http_index" \
  --Search:SearchRequestsPerMinute=100000000 --Logging:LogLevel:Default=Warning > "$out/host.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "$base/readyz" >/dev/null; do sleep 0.5; kill -0 $server; done
bench load "$base" --path /healthz --connections 32 --seconds "$http_seconds" --warmup "$warmup" | record
bench load "$base" --queries "$queries" --connections 32 --seconds "$http_seconds" --warmup "$warmup" | record
awk '/VmHWM/ {printf "{\"measure\":\"host_memory\",\"peak_rss_mb\":%.0f}\n", $2 / 1024}' "/proc/$server/status" | record
kill $server; wait $server 2>/dev/null || true

log "start-up to the first answered search"
bench startup "$host" "$http_corpus" --index "$http_index" --runs 5 | record
bench startup "$host" "$root/corpus" --runs 5 | record

python3 "$root/bench/report.py" "$results" > "$out/report.md"
log "results: $results; tables: $out/report.md"
cat "$out/report.md"

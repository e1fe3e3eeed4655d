#!/usr/bin/env bash
# Analyzer throughput, Lucene.Net's SmartCn (ours) next to Java Lucene 4.10.4's, on the same bodies:
# a corpus TSV of the shared generator, at most MAX_DOCS bodies (default 2,000). Each engine runs in
# its own process by the peer's protocol: one warm-up pass over 1,000 bodies, then the median of
# PASSES timed passes (default 3), single-threaded. Prints two JSON lines and the ratio.
#   bench/analyzer.sh CORPUS.tsv [PASSES] [MAX_DOCS]   (Java side: apt-get install -y liblucene4.10-java)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED_BENCH:-$root/../shared/bench}"
corpus="$1"; passes="${2:-3}"; max_docs="${3:-2000}"
# Inside bench/run.sh the binaries are built once at its start: a build here would measure whatever
# the working tree holds by then, not the code the rest of the suite ran.
[ -n "${SEARCH_BENCH_BUILT:-}" ] || dotnet build -c Release "$root/bench/Search.Bench" -v quiet -nologo >/dev/null
ours=$(dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" analyzer "$corpus" --max-docs "$max_docs" --passes "$passes")
lucene=$("$shared/peer-lucene/run.sh" analyze --corpus "$corpus" --max-docs "$max_docs" --reps "$passes" 2>/dev/null | grep '^{')
echo "$ours"
echo "$lucene"
python3 - "$ours" "$lucene" <<'PY' >&2
import json, sys
ours, lucene = (json.loads(a) for a in sys.argv[1:])
print(f"Lucene.Net {ours['mb_per_s_median']:.2f} MB/s, Java {lucene['mb_per_s_median']:.2f} MB/s: {ours['mb_per_s_median'] / lucene['mb_per_s_median']:.2f}x; "
      f"tokens {ours['tokens']} vs {lucene['tokens']}")
PY

#!/usr/bin/env bash
# Analyzer throughput, ours next to Lucene's, on the same input: the five corpus pages repeated to
# at least 20 MB. Each engine runs in its own process: dictionaries loaded, two warm-up passes, then
# the median of N timed passes (default 3), single-threaded. Prints two JSON lines and the ratio.
#   bench/analyzer.sh [PASSES]      (Lucene side needs: apt-get install -y liblucene4.10-java)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
passes="${1:-3}"
work="${BENCH_WORK:-/tmp/search-bench}"
mkdir -p "$work"
input="$work/corpus-20mb.txt"
if [ ! -f "$input" ]; then
  pages=("$root"/corpus/*.txt)
  : > "$input"
  while [ "$(stat -c %s "$input")" -lt 20000000 ]; do
    for page in "${pages[@]}"; do cat "$page"; printf '\n'; done >> "$input"
  done
fi
dotnet build -c Release "$root/bench/Search.Bench" -v quiet -nologo >/dev/null
ours=$(dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" analyzer "$input" --passes "$passes")
lucene=$("$root/tools/smartcn-oracle/run.sh" --time "$passes" "$input" 2>/dev/null)
echo "$ours"
echo "$lucene"
python3 - "$ours" "$lucene" <<'PY'
import json, sys
ours, lucene = (json.loads(a) for a in sys.argv[1:])
assert ours["tokens"] == lucene["tokens"], f"token counts differ: {ours['tokens']} vs {lucene['tokens']}"
print(f"ours {ours['mbPerSecond']:.2f} MB/s, Lucene {lucene['mbPerSecond']:.2f} MB/s: {ours['mbPerSecond'] / lucene['mbPerSecond']:.1f}x")
PY

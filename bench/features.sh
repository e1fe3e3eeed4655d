#!/usr/bin/env bash
# What traditional folding and pinyin cost the query unit: the query mix with both on and both off,
# in alternating runs on one index (the same for a simplified corpus either way), then the mix typed
# in pinyin (bench/pinyin-queries.txt) with pinyin on. Prints each run's JSON line, tagged with its
# mix, then one summary line: medians over the rounds and the on/off ratios.
#
#   bench/features.sh INDEX_DIR [--rounds 3] [--seconds 20]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
index="$1"; shift
rounds=3; seconds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift ;;
    --seconds) seconds="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
mix="$root/../shared/bench/queries-500.txt"
dotnet build -c Release "$root/bench/Search.Bench" -v quiet -nologo >/dev/null
bench() { dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" "$@" | grep '^{'; }
tag() { python3 -c 'import json,sys; [print(json.dumps({**json.loads(l), "mix": sys.argv[1]})) for l in sys.stdin]' "$1"; }

results="$(mktemp)"; trap 'rm -f "$results"' EXIT
for round in $(seq "$rounds"); do
  bench query "$index" "$mix" --seconds "$seconds" | tag mix | tee -a "$results"
  bench query "$index" "$mix" --seconds "$seconds" --fold-traditional false --pinyin false | tag mix | tee -a "$results"
done
bench query "$index" "$root/bench/pinyin-queries.txt" --seconds "$seconds" | tag pinyin | tee -a "$results"

python3 - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def summary(mix, on):
    picked = [r for r in rows if r["mix"] == mix and r["foldTraditional"] == on and r["pinyin"] == on]
    return {k: statistics.median(r[k] for r in picked) for k in ("p50Ms", "p90Ms", "p99Ms", "queriesPerSecond")} | {"runs": len(picked)}
on, off, pinyin = summary("mix", True), summary("mix", False), summary("pinyin", True)
print(json.dumps({"measure": "features_cost", "docs": rows[0]["docs"], "on": on, "off": off, "pinyinMix": pinyin,
    "onOverOff": {k: round(on[k] / off[k], 3) for k in ("p50Ms", "p90Ms", "p99Ms", "queriesPerSecond")},
    "pinyinZeroHit": next(r["zeroHitQueries"] for r in rows if r["mix"] == "pinyin")}, ensure_ascii=False))
PY

#!/usr/bin/env bash
# What traditional folding and pinyin cost the query unit (Search.Bench features): in one process,
# a searcher with both on and one with both off over one index (the same either way for a
# simplified corpus), alternating passes over the query mix; the median per-pass ratio on / off,
# latency percentiles of each, and the mix typed in pinyin (bench/pinyin-queries.txt) with both on.
# Prints one JSON line.
#
#   bench/features.sh INDEX_DIR [--passes 10]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
index="$1"; shift
passes=10
while [ $# -gt 0 ]; do
  case "$1" in
    --passes) passes="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
dotnet build -c Release "$root/bench/Search.Bench" -v quiet -nologo >/dev/null
dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" features "$index" \
  "$root/../shared/bench/queries-500.txt" "$root/bench/pinyin-queries.txt" --passes "$passes"

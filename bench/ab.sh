#!/usr/bin/env bash
# Same-process A/B of the query unit: the working tree against a baseline revision, both loaded
# into one process and run in alternating passes over the query mix (see Search.Bench/AbBenchmark.cs).
# Prints one JSON line per build: median ms per pass (total and per stage) and, for the working
# tree, the median of its per-pass ratios to the baseline (below 1: faster).
#
#   bench/ab.sh REV INDEX_DIR [--passes N] [--queries FILE] [--base-index DIR]
#
# --base-index: the baseline's own index, when the two builds write different index formats.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rev="$1"; index="$2"; shift 2
passes=8; queries="$root/../shared/bench/queries-500.txt"; base_index="$index"
while [ $# -gt 0 ]; do
  case "$1" in
    --passes) passes="$2"; shift ;;
    --queries) queries="$2"; shift ;;
    --base-index) base_index="$2"; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done

work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/tree" "$rev" >/dev/null 2>&1
cp -r "$root/bench/Search.AbProbe" "$work/tree/bench/"   # the probe may be newer than the baseline
rm -rf "$work/tree/bench/Search.AbProbe/bin" "$work/tree/bench/Search.AbProbe/obj"
baseline="$work/baseline-$(git -C "$root" rev-parse --short "$rev")"; new="$work/working-tree"
dotnet build -c Release "$work/tree/bench/Search.AbProbe" -o "$baseline" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/bench/Search.AbProbe" -o "$new" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/bench/Search.Bench" -v quiet -nologo >/dev/null
dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" ab "$index" "$queries" --passes "$passes" \
  "$baseline=$base_index" "$new=$index"

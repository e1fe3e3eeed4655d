#!/usr/bin/env bash
# HTTP load on loopback: starts the host (Release) over CORPUS with its index in INDEX, then drives
# it at 32 connections for SECONDS: /healthz (the framework's floor), search idle, search while a
# full reindex runs and commits, and search while pages are added, changed and removed in CORPUS
# (one change a second, each indexed by the host's update by file). Prints one JSON line per run,
# how many updates the host made, and its resident memory before and after. Bounded in time;
# loopback only. CORPUS is left as it was found.
#   bench/load.sh CORPUS INDEX [SECONDS]       e.g. bench/load.sh /tmp/c10k /tmp/i10k 60
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$1"; index="$2"; seconds="${3:-60}"
port=5099; key="load-$$"; base="http://127.0.0.1:$port"
dotnet build -c Release "$root/src/Search.Host" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/bench/Search.Bench" -v quiet -nologo >/dev/null
bench() { dotnet "$root/bench/Search.Bench/bin/Release/net10.0/Search.Bench.dll" load "$base" --connections 32 --seconds "$seconds" "$@" || true; }
rss() { awk '/VmRSS/ {printf "%.0f MB\n", $2 / 1024}' "/proc/$1/status"; }

dotnet "$root/src/Search.Host/bin/Release/net10.0/Search.Host.dll" --urls "$base" \
  --Search:CorpusPath="$corpus" --Search:IndexPath="$index" --Search:AdminApiKey="$key" \
  --Search:SearchRequestsPerMinute=100000000 --Logging:LogLevel:Default=Warning \
  --Logging:LogLevel:Search.Host.Hosting.IndexLoader=Information > /tmp/load-host.log 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
until curl -sf "$base/readyz" >/dev/null; do sleep 1; kill -0 $host; done
echo "host ready, resident memory $(rss $host)"
bench --path /healthz
bench --queries "$root/../shared/bench/queries-500.txt"
echo "resident memory after the idle run $(rss $host)"
bench --queries "$root/../shared/bench/queries-500.txt" --reindex-key "$key"
echo "resident memory after the reindex run $(rss $host)"

# A page of the repository's corpus, added, changed (a paragraph appended) and removed, over and over.
page=$(ls "$root"/corpus/*.txt | head -1)
changes() {
  local i=0 file
  while true; do
    file="$corpus/load-update-$((i / 3)).txt"
    case $((i % 3)) in
      0) cp "$page" "$file" ;;
      1) printf '\n\n又及：会议还审议了其他报告。\n' >> "$file" ;;
      2) rm -f "$file" ;;
    esac
    i=$((i + 1)); sleep 1
  done
}
before=$(grep -c 'Index updated' /tmp/load-host.log || true)
changes & changer=$!
trap 'kill $changer 2>/dev/null || true; rm -f "$corpus"/load-update-*.txt; kill $host 2>/dev/null || true' EXIT
bench --queries "$root/../shared/bench/queries-500.txt"
kill $changer; wait $changer 2>/dev/null || true
rm -f "$corpus"/load-update-*.txt; sleep 3
echo "updates by file the host made during the run: $(( $(grep -c 'Index updated' /tmp/load-host.log) - before ))"
echo "resident memory after the update run $(rss $host)"

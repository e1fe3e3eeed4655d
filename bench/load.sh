#!/usr/bin/env bash
# HTTP load on loopback: starts the host (Release) over CORPUS with its index in INDEX, then drives
# it at 32 connections for SECONDS: /healthz (the framework's floor), search idle, and search while
# a full reindex runs and swaps. Prints one JSON line per run and the host's resident memory
# before and after. Bounded in time; loopback only.
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
  --Search:SearchRequestsPerMinute=100000000 --Logging:LogLevel:Default=Warning > /tmp/load-host.log 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true' EXIT
until curl -sf "$base/readyz" >/dev/null; do sleep 1; kill -0 $host; done
echo "host ready, resident memory $(rss $host)"
bench --path /healthz
bench --queries "$root/../shared/bench/queries-500.txt"
echo "resident memory after the idle run $(rss $host)"
bench --queries "$root/../shared/bench/queries-500.txt" --reindex-key "$key"
echo "resident memory after the reindex run $(rss $host)"

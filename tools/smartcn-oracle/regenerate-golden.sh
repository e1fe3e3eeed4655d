#!/usr/bin/env bash
# Regenerates the analyzer's golden files from Lucene itself: for every page in corpus/ and every
# input in tests/Search.Analysis.Tests/Golden/inputs/, Lucene's tokens go to .../Golden/expected/NAME.tsv
# as "term TAB start TAB end TAB position-increment". Run from anywhere; needs liblucene4.10-java.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
golden="$root/tests/Search.Analysis.Tests/Golden"
mkdir -p "$golden/expected"
for input in "$root"/corpus/*.txt "$golden"/inputs/*.txt; do
  name="$(basename "$input" .txt)"
  "$root/tools/smartcn-oracle/run.sh" --increments "$input" > "$golden/expected/$name.tsv" 2>/dev/null
  echo "$name: $(wc -l < "$golden/expected/$name.tsv") tokens"
done

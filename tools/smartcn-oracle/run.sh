#!/usr/bin/env bash
# Compiles (once) and runs the SmartCn oracle against Debian's Lucene 4.10.4
# (apt-get install -y liblucene4.10-java). Arguments go to SmartCnOracle.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${SMARTCN_ORACLE_OUT:-/tmp/smartcn-oracle}"
jars=/usr/share/java
cp="$jars/lucene-core-4.10.4.jar:$jars/lucene-analyzers-common-4.10.4.jar:$jars/lucene-analyzers-smartcn-4.10.4.jar"
for jar in ${cp//:/ }; do
  [ -f "$jar" ] || { echo "missing $jar: apt-get update && apt-get install -y liblucene4.10-java" >&2; exit 1; }
done
if [ ! -f "$out/SmartCnOracle.class" ] || [ "$here/SmartCnOracle.java" -nt "$out/SmartCnOracle.class" ]; then
  mkdir -p "$out"
  javac -encoding UTF-8 -nowarn -cp "$cp" -d "$out" "$here/SmartCnOracle.java"
fi
exec java -cp "$cp:$out" SmartCnOracle "$@"

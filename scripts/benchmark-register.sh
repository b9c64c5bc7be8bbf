#!/usr/bin/env bash
# Register benchmark (issue 16): generates a register of usaha mikro binaan as Excel saves one (1,000,000 rows by
# default), counts the shipped catalogue's rules over it with the job's reader and a 256 MB heap, RUNS times, then
# reads it once with the short openpyxl read-only script; prints rows per second and peak RSS of each.
# Usage: scripts/benchmark-register.sh [rows, default 1000000] [RUNS, default 3] [scratch-dir]
# Needs: Debian's python3-openpyxl for /usr/bin/python3 (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
RUNS=${2:-3}
WORK=${3:-$(mktemp -d /tmp/rekap-register-bench.XXXX)}
JAVA_OPTS_BENCH=${JAVA_OPTS_BENCH:--Xmx256m -XX:+UseSerialGC}
if ! /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
    apt-get update -qq && apt-get install -y -qq python3-openpyxl
fi
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
FILE="$WORK/usaha-mikro-binaan-$ROWS.xlsx"
if [ ! -f "$FILE" ]; then
    java -Xmx1g -cp "$CP" id.go.banggaikab.rekap.register.RegisterBenchmark generate "$FILE" "$ROWS"
fi
ls -l "$FILE"
for run in $(seq 1 "$RUNS"); do
    java $JAVA_OPTS_BENCH -cp "$CP" id.go.banggaikab.rekap.register.RegisterBenchmark read "$FILE" "$ROWS"
done
/usr/bin/python3 scripts/register_openpyxl.py "$FILE"

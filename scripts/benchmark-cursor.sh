#!/usr/bin/env bash
# The A/B of the XML parser under the one-pass .xlsx reader (issue 24): the hand-written cursor against Aalto (async
# byte-array parser and blocking stream reader), the same sheet code on top (spreadsheet.CursorBenchmark). Per input:
# one JVM checks that all three give identical cells, then each parser is timed alone in a JVM of its own (2 warm-up
# rounds, median of the rounds, thread CPU and allocation), the three in turn, PASSES times (default 2).
# Inputs, made once per scratch folder: N forms as Excel lays them out (contoh.BenchmarkForms), the same forms re-saved
# by openpyxl (scripts/simpan_openpyxl.py), and a register of R rows (register.RegisterBenchmark generate).
# Usage: scripts/benchmark-cursor.sh [N forms, default 1100] [R register rows, default 1000000] [rounds, default 7]
#        [scratch-dir]
# On a shared machine compare the ratios printed in the same run, not seconds; the load is printed with each input.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1100}
ROWS=${2:-1000000}
ROUNDS=${3:-7}
PASSES=${PASSES:-2}
WORK=${4:-$(mktemp -d /tmp/rekap-cursor.XXXX)}
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
if [ ! -d "$WORK/excel-$N" ]; then
    java -cp "$CP" id.go.banggaikab.rekap.contoh.BenchmarkForms "$N" "$WORK/excel-$N.baru" >/dev/null
    mv "$WORK/excel-$N.baru" "$WORK/excel-$N"
fi
if [ ! -d "$WORK/openpyxl-$N" ] && /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
    /usr/bin/python3 scripts/simpan_openpyxl.py "$WORK/excel-$N" "$WORK/openpyxl-$N.baru" >/dev/null
    mv "$WORK/openpyxl-$N.baru" "$WORK/openpyxl-$N"
fi
if [ "$ROWS" -gt 0 ] && [ ! -f "$WORK/register-$ROWS.xlsx" ]; then
    java -Xmx1g -cp "$CP" id.go.banggaikab.rekap.register.RegisterBenchmark generate "$WORK/register-$ROWS.baru.xlsx" \
        "$ROWS" >/dev/null
    mv "$WORK/register-$ROWS.baru.xlsx" "$WORK/register-$ROWS.xlsx"
fi
echo "mesin: $(nproc) inti, $(java -version 2>&1 | head -1)"
bench() { # bench <forms|register> <input> <rounds>
    java -Xmx512m -cp "$CP" id.go.banggaikab.rekap.spreadsheet.CursorBenchmark "$1" "$2" "$3"
    for pass in $(seq "$PASSES"); do
        for parser in HAND AALTO_ASYNC AALTO_STREAM; do
            java -Dparsers=$parser -Xmx512m -cp "$CP" id.go.banggaikab.rekap.spreadsheet.CursorBenchmark "$1" "$2" "$3" \
                | head -1
        done
    done
}
for dir in "$WORK/excel-$N" "$WORK/openpyxl-$N"; do
    [ -d "$dir" ] || continue
    echo "== $(basename "$dir")   beban: $(uptime)"
    bench forms "$dir" "$ROUNDS"
done
if [ "$ROWS" -gt 0 ]; then
    echo "== register-$ROWS   beban: $(uptime)"
    bench register "$WORK/register-$ROWS.xlsx" "$(( ROUNDS < 5 ? ROUNDS : 5 ))"
fi
echo "beban sesudah: $(uptime)"

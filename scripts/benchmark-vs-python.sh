#!/usr/bin/env bash
# Side by side on the same forms: the job (one rekap run through scripts/rekap.sh as installed, JVM start included)
# and the short openpyxl script scripts/konsolidasi.py, each RUNS times (median), with wall time, peak RSS and
# processor time (user + system, which a busy machine disturbs less than wall time) from /usr/bin/time -v, and the
# ratio. A first, untimed run of each installs the way it runs every day: the launcher unpacks the jar and writes
# its class-data archive, Python compiles openpyxl's bytecode.
# The job recaps Triwulan I 2026, the quarter the first forms of the workload belong to (11 forms: one quarter).
# Usage: scripts/benchmark-vs-python.sh [N forms, default 5500] [RUNS, default 3] [scratch-dir]
# Needs: /usr/bin/time (Debian 'time') and Debian's python3-openpyxl; both are installed when missing.
# REKAP_JAVA_OPTS and REKAP_CEPAT are passed to the launcher as they are (see scripts/rekap.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5500}
RUNS=${2:-3}
WORK=${3:-$(mktemp -d /tmp/rekap-bench.XXXX)}
if [ ! -x /usr/bin/time ] || ! /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
    apt-get update -qq && apt-get install -y -qq time python3-openpyxl
fi
mvn -q -B package -DskipTests
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
rm -rf "$WORK/input" && mkdir -p "$WORK/input"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" id.go.banggaikab.rekap.contoh.BenchmarkForms \
    "$N" "$WORK/input" >/dev/null
PROJECT="$PWD"
rm -rf "$WORK/kerja" && mkdir -p "$WORK/kerja/target" && cp -r "$PROJECT/config" "$PROJECT/scripts" "$WORK/kerja/"
cp "$PROJECT/target/rekap-kinerja.jar" "$WORK/kerja/target/"
job() { (cd "$WORK/kerja" && rm -rf data output logs && scripts/rekap.sh tahun=2026 triwulan=1 --rekap.contoh.aktif=false \
    --rekap.input-dir="$WORK/input"); }
job > "$WORK/java-install.log" 2>&1
/usr/bin/python3 "$PROJECT/scripts/konsolidasi.py" "$WORK/input" "$WORK/konsolidasi.xlsx" > /dev/null 2>&1

seconds() { awk '/Elapsed \(wall/ {n=split($NF,t,":"); s=(n==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]; print s}' "$1"; }
megabytes() { awk '/Maximum resident/ {printf "%.0f", $NF/1024}' "$1"; }
cpu() { awk '/User time|System time/ {s+=$NF} END {printf "%.2f", s}' "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$WORK/java.txt"
: > "$WORK/python.txt"
for run in $(seq 1 "$RUNS"); do
    (cd "$WORK/kerja" && rm -rf data output logs && /usr/bin/time -v scripts/rekap.sh tahun=2026 triwulan=1 \
        --rekap.contoh.aktif=false --rekap.input-dir="$WORK/input" > "$WORK/java-$run.log" 2> "$WORK/java-$run.time")
    echo "$(seconds "$WORK/java-$run.time") $(megabytes "$WORK/java-$run.time") $(cpu "$WORK/java-$run.time")" \
        >> "$WORK/java.txt"
    /usr/bin/time -v /usr/bin/python3 "$PROJECT/scripts/konsolidasi.py" "$WORK/input" "$WORK/konsolidasi.xlsx" \
        > "$WORK/python-$run.log" 2> "$WORK/python-$run.time"
    echo "$(seconds "$WORK/python-$run.time") $(megabytes "$WORK/python-$run.time") $(cpu "$WORK/python-$run.time")" \
        >> "$WORK/python.txt"
done
jw=$(cut -d' ' -f1 "$WORK/java.txt" | median); jm=$(cut -d' ' -f2 "$WORK/java.txt" | median)
jc=$(cut -d' ' -f3 "$WORK/java.txt" | median)
pw=$(cut -d' ' -f1 "$WORK/python.txt" | median); pm=$(cut -d' ' -f2 "$WORK/python.txt" | median)
pc=$(cut -d' ' -f3 "$WORK/python.txt" | median)
grep -h "Langkah membaca formulir selesai" "$WORK/java-1.log" | sed 's/^/job: /' || true
echo "forms: $N, runs: $RUNS (median); scratch: $WORK"
printf "%-22s %10s %10s %10s\n" "" "wall (s)" "RSS (MB)" "CPU (s)"
printf "%-22s %10s %10s %10s\n" "rekap job" "$jw" "$jm" "$jc"
printf "%-22s %10s %10s %10s\n" "openpyxl script" "$pw" "$pm" "$pc"
echo "every run (wall, RSS, CPU): job $(paste -sd';' "$WORK/java.txt"); script $(paste -sd';' "$WORK/python.txt")"
awk -v j="$jw" -v p="$pw" 'BEGIN { printf "ratio job/script: %.2f (goal for 5,500 forms: <= 0.33)\n", j/p }'

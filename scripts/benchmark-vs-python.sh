#!/usr/bin/env bash
# The yardstick (issue 24): the job, run as the README runs it (scripts/rekap.sh as installed, JVM start included),
# side by side with the fastest short openpyxl script a planner would write (read-only mode), on the same inputs:
#   kuartal          one quarter: 11 forms as Excel saves them (shared strings, saved results)
#   excel-N          N forms as Excel saves them (the benchmark forms, written with POI as Excel lays them out)
#   openpyxl-N       the same N forms after openpyxl opened and saved each one (scripts/simpan_openpyxl.py): every
#                    workbook asks for a full recalculation on opening, as XlsxWriter's and PhpSpreadsheet's do
#   register-R       no forms, one register of R usaha mikro binaan rows (whole run: read, count, recap with its
#                    Rincian Register), against scripts/register_openpyxl.py (openpyxl read-only walk and count)
# Forms are measured against scripts/konsolidasi.py (read-only openpyxl). Each pair RUNS times; the median of wall
# time, peak RSS and processor time (user + system) from /usr/bin/time -v, and the ratio of the medians' wall times.
# A first run of each, outside the medians, installs the way it runs every day (the launcher unpacks the jar and,
# before the first pair, writes its class-data archive after the job; Python compiles openpyxl's bytecode); its
# wall time and peak RSS are printed too, since the goal of 512 MB holds for every run. The machine's load (uptime) is printed before and after:
# on a shared machine compare ratios, not seconds.
# Usage: scripts/benchmark-vs-python.sh [N forms, default 5500] [RUNS, default 3] [scratch-dir]
#   FORMS="5500 55000"      several form counts (growth); REGISTER_ROWS="200000 1000000" (0 or empty: none)
#   QUARTER=0               without the one-quarter pair
# Needs: /usr/bin/time (Debian 'time') and Debian's python3-openpyxl; both are installed when missing.
# REKAP_JAVA_OPTS and REKAP_CEPAT are passed to the launcher as they are (see scripts/rekap.sh).
# JOB_JAVA_HOME: the Java the launcher runs (given to it as JAVA_HOME; Maven keeps the shell's), e.g. a Java 17 to
# measure it; unset, the launcher's own choice as a user gets it (JAVA_HOME, else java from PATH, or an installed Java
# 25 when that java is older: scripts/rekap.sh). The Java that ran is read from the job's log at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5500}
RUNS=${2:-3}
WORK=${3:-$(mktemp -d /tmp/rekap-bench.XXXX)}
FORMS=${FORMS:-$N}
REGISTER_ROWS=${REGISTER_ROWS-200000}
QUARTER=${QUARTER:-1}
if [ ! -x /usr/bin/time ] || ! /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
    apt-get update -qq && apt-get install -y -qq time python3-openpyxl
fi
PROJECT="$PWD"
echo "load before: $(uptime)"
mvn -q -B package -DskipTests
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
rm -rf "$WORK/kerja" && mkdir -p "$WORK/kerja/target" && cp -r "$PROJECT/config" "$PROJECT/scripts" "$WORK/kerja/"
cp "$PROJECT/target/rekap-kinerja.jar" "$WORK/kerja/target/"

# The inputs, each made once per scratch folder.
forms() { # excel-N
    local n=$1 dir="$WORK/excel-$1"
    if [ ! -d "$dir" ]; then
        java -cp "$CP" id.go.banggaikab.rekap.contoh.BenchmarkForms "$n" "$dir.baru" >/dev/null && mv "$dir.baru" "$dir"
    fi
}
resaved() { # openpyxl-N
    local n=$1 dir="$WORK/openpyxl-$1"
    forms "$n"
    if [ ! -d "$dir" ]; then
        /usr/bin/python3 scripts/simpan_openpyxl.py "$WORK/excel-$n" "$dir.baru" >/dev/null && mv "$dir.baru" "$dir"
    fi
}
register() { # register-R: an input folder with only input/register/<file>
    local rows=$1 dir="$WORK/register-$1"
    if [ ! -d "$dir" ]; then
        mkdir -p "$dir.baru/register"
        java -Xmx1g -cp "$CP" id.go.banggaikab.rekap.register.RegisterBenchmark generate \
            "$dir.baru/register/usaha-mikro-binaan.xlsx" "$rows" >/dev/null && mv "$dir.baru" "$dir"
    fi
}

seconds() { awk '/Elapsed \(wall/ {n=split($NF,t,":"); s=(n==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]; print s}' "$1"; }
megabytes() { awk '/Maximum resident/ {printf "%.0f", $NF/1024}' "$1"; }
cpu() { awk '/User time|System time/ {s+=$NF} END {printf "%.2f", s}' "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # timed <out-prefix> <command...>: one measured run, "wall RSS CPU exit" into <out-prefix>.txt
    local out=$1 rc=0
    shift
    /usr/bin/time -v "$@" > "$out.log" 2> "$out.time" || rc=$?
    echo "$(seconds "$out.time") $(megabytes "$out.time") $(cpu "$out.time") $rc" > "$out.txt"
}
launch() { # the job's command line for <input-dir> <triwulan>, run in the working folder
    echo scripts/rekap.sh tahun=2026 triwulan="$2" --rekap.contoh.aktif=false --rekap.input-dir="$1"
}
if [ -n "${JOB_JAVA_HOME:-}" ]; then
    export JAVA_HOME="$JOB_JAVA_HOME"
fi
JOB_JAVA=java JAVA_FROM=PATH
[ -n "${JAVA_HOME:-}" ] && JOB_JAVA="$JAVA_HOME/bin/java" JAVA_FROM="JAVA_HOME ($JAVA_HOME)"
echo "Java from $JAVA_FROM: $("$JOB_JAVA" -version 2>&1 | head -n 1)" \
    "(without JAVA_HOME the launcher may run an installed Java 25 instead; the one that ran is printed at the end)"

RESULTS="$WORK/hasil.txt"
: > "$RESULTS"
: > "$WORK/installs.txt"
# pair <name> <goal> <input-dir> <triwulan> <script...>: RUNS runs of the job and of the script, medians into RESULTS
pair() {
    local name=$1 goal=$2 input=$3 tw=$4
    shift 4
    rm -f "$WORK/$name"-*.txt "$WORK/$name"-*.log
    # shellcheck disable=SC2046 # launch prints the words of one command line without spaces inside them
    (cd "$WORK/kerja" && rm -rf data output logs && timed "$WORK/$name-install" $(launch "$input" "$tw")) || true
    echo "$name $(cat "$WORK/$name-install.txt")" >> "$WORK/installs.txt"
    "$@" > /dev/null 2>&1 || true
    for run in $(seq 1 "$RUNS"); do
        # shellcheck disable=SC2046
        (cd "$WORK/kerja" && rm -rf data output logs && timed "$WORK/$name-job-$run" $(launch "$input" "$tw") \
            && cat "$WORK/$name-job-$run.txt" >> "$WORK/$name-job.txt")
        timed "$WORK/$name-script-$run" "$@" && cat "$WORK/$name-script-$run.txt" >> "$WORK/$name-script.txt"
    done
    local j p
    j=$(for f in 1 2 3; do cut -d' ' -f$f "$WORK/$name-job.txt" | median; done | paste -sd' ')
    p=$(for f in 1 2 3; do cut -d' ' -f$f "$WORK/$name-script.txt" | median; done | paste -sd' ')
    echo "$name $j $p $goal $(cut -d' ' -f4 "$WORK/$name-job.txt" | sort -u | paste -sd,)" >> "$RESULTS"
    echo "$name: job (wall RSS CPU exit) $(paste -sd';' "$WORK/$name-job.txt"); script $(paste -sd';' \
        "$WORK/$name-script.txt")"
}

if [ "$QUARTER" != 0 ]; then
    forms 11
    pair kuartal 10 "$WORK/excel-11" 1 /usr/bin/python3 scripts/konsolidasi.py "$WORK/excel-11" "$WORK/k.xlsx"
fi
for n in $FORMS; do
    forms "$n"
    resaved "$n"
    pair "excel-$n" 0.33 "$WORK/excel-$n" 1 /usr/bin/python3 scripts/konsolidasi.py "$WORK/excel-$n" "$WORK/k.xlsx"
    pair "openpyxl-$n" 0.5 "$WORK/openpyxl-$n" 1 /usr/bin/python3 scripts/konsolidasi.py "$WORK/openpyxl-$n" \
        "$WORK/k.xlsx"
done
for rows in $REGISTER_ROWS; do
    [ "$rows" = 0 ] && continue
    register "$rows"
    pair "register-$rows" 0.5 "$WORK/register-$rows" 4 /usr/bin/python3 scripts/register_openpyxl.py \
        "$WORK/register-$rows/register/usaha-mikro-binaan.xlsx"
done

echo "load after: $(uptime)"
echo "runs: $RUNS (median of each); scratch: $WORK; $(nproc) processors"
printf "%-18s %8s %8s %8s   %8s %8s %8s   %6s %6s %5s\n" "workload" "job s" "job MB" "job CPU" "script s" \
    "scr. MB" "scr. CPU" "ratio" "goal" "exit"
while read -r name jw jm jc pw pm pc goal rc; do
    printf "%-18s %8s %8s %8s   %8s %8s %8s   %6s %6s %5s\n" "$name" "$jw" "$jm" "$jc" "$pw" "$pm" "$pc" \
        "$(awk -v j="$jw" -v p="$pw" 'BEGIN { printf "%.2f", j/p }')" "<=$goal" "$rc"
done < "$RESULTS"
echo "first run of the job per workload (outside the medians; the first one writes the class-data archive):"
while read -r name w m c rc; do
    printf "  %-16s %8s s %6s MB %8s s CPU   exit %s\n" "$name" "$w" "$m" "$c" "$rc"
done < "$WORK/installs.txt"
echo "goal for every run of the job: peak RSS <= 512 MB"
echo "Java that ran the job (its log): $(grep -h 'rekap.rincian - Java ' "$WORK/kerja/logs/rekap-kinerja.log" \
    2>/dev/null | tail -n 1 | sed 's/.*rekap.rincian - //')"

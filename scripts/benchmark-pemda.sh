#!/usr/bin/env bash
# Pemda-scale benchmark (SPEC §11): OFFICES perangkat daerah x UNITS units x 4 quarters of 2026 forms stored on one
# PostgreSQL server, each office an installation of its own (folder, catalogue, targets, role, schema made by
# scripts/pemda/*.sql) whose TW IV recap is run through scripts/rekap.sh, PARALLEL offices at once; then the Pemda's
# recap over all of them, RUNS times. Prints the wall time and peak memory of each, the median, and what is stored.
#   scripts/benchmark-pemda.sh [OFFICES=45] [UNITS=30] [PARALLEL=4] [RUNS=3]
# Needs PostgreSQL on localhost:5432 and its superuser through runuser (as .ci/run). It (re)creates the database
# REKAP_BENCH_DB (default rekap_bench) and the roles ${REKAP_BENCH_PREFIX}pd01… and ${REKAP_BENCH_PREFIX}pemda
# (default prefix bench_); the working folders go to REKAP_BENCH_DIR (default a new folder under /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."
OFFICES=${1:-45}
UNITS=${2:-30}
PARALLEL=${3:-4}
RUNS=${4:-3}
DB=${REKAP_BENCH_DB:-rekap_bench}
PREFIX=${REKAP_BENCH_PREFIX:-bench_}
WORK=${REKAP_BENCH_DIR:-$(mktemp -d /tmp/rekap-pemda-bench.XXXX)}
PASSWORD=bench
URL=jdbc:postgresql://localhost:5432/$DB
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }

mvn -q -B package -DskipTests && mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
cp target/rekap-kinerja.jar "$WORK/rekap-kinerja.jar"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" id.go.banggaikab.rekap.pemda.BenchmarkOffices \
    "$WORK" "$OFFICES" "$UNITS"

admin() { runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 "$@"; }
admin -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
admin -d "$DB" -v pemda="${PREFIX}pemda" -v sandi=$PASSWORD < scripts/pemda/siapkan-pemda.sql >/dev/null
codes=$(cd "$WORK" && ls -d pd[0-9]* | sort)
for code in $codes; do
    admin -d "$DB" -v kode="$code" -v peran="$PREFIX$code" -v sandi=$PASSWORD -v pemda="${PREFIX}pemda" \
        < scripts/pemda/tambah-perangkat-daerah.sql >/dev/null
done

# One run of an installation: wall seconds and peak RSS (KB) into <name>.time, console into <name>.log.
run() {
    local name=$1 code=$2
    shift 2
    REKAP_HOME="$WORK/$name" REKAP_JAR="$WORK/rekap-kinerja.jar" /usr/bin/time -f "%e %M" -o "$WORK/$name.time" \
        scripts/rekap.sh --rekap.perangkat-daerah="$code" --spring.datasource.url="$URL" \
        --spring.datasource.username="$PREFIX$code" --spring.datasource.password=$PASSWORD "$@" \
        > "$WORK/$name.log" 2>&1 || { echo "GAGAL: $name, lihat $WORK/$name.log" >&2; return 1; }
}
export -f run
export WORK URL PREFIX PASSWORD
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

first=$(echo "$codes" | head -n 1)
run "$first" "$first" tahun=2026 triwulan=4   # alone; also writes the class-data archive the others use
start=$(date +%s.%N)
echo "$codes" | tail -n +2 | xargs -P "$PARALLEL" -I{} bash -c 'run {} {} tahun=2026 triwulan=4'
together=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
alone=$(cut -d' ' -f1 "$WORK/$first.time")
again=$(echo "$codes" | sed -n 2p)
run "$again" "$again" tahun=2026 triwulan=4   # alone again, once its forms are known: the rerun of a quarter
echo "Perangkat daerah: $OFFICES x $UNITS unit x 4 triwulan"
echo "  satu rekap sendirian (formulir baru): ${alone} s, $(cut -d' ' -f2 "$WORK/$first.time") KB"
echo "  $((OFFICES - 1)) rekap, $PARALLEL bersamaan: ${together} s; per rekap median $(for c in $(echo "$codes" \
    | tail -n +2); do cut -d' ' -f1 "$WORK/$c.time"; done | median) s, terbesar $(for c in $(echo "$codes" \
    | tail -n +2); do cut -d' ' -f2 "$WORK/$c.time"; done | sort -n | tail -n 1) KB"
echo "  rekap ulang sendirian (formulir sudah dikenal): $(cut -d' ' -f1 "$WORK/$again.time") s"
grep -h "dibaca baru" "$WORK/$first.log" | sed 's/^[0-9:]* INFO  /  /'

for r in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/pemda/output"
    run pemda pemda --spring.batch.job.name=rekap-pemda tahun=2026 triwulan=4
    cp "$WORK/pemda.time" "$WORK/pemda-$r.time"
    grep -h "menyusun rekap Pemda selesai" "$WORK/pemda.log" | sed 's/.*(\(.*\) detik)/\1/' | tr , . \
        > "$WORK/pemda-$r.step"
done
echo "Rekap Pemda ($RUNS kali): median $(cat "$WORK"/pemda-*.time | cut -d' ' -f1 | median) s seluruh proses," \
    "langkahnya sendiri median $(cat "$WORK"/pemda-*.step | median) s, terbesar $(cat "$WORK"/pemda-*.time \
    | cut -d' ' -f2 | sort -n | tail -n 1) KB"
tail -n 3 "$WORK/pemda.log" | sed 's/^[0-9:]* INFO  /  /'
admin -d "$DB" -At -c "SELECT 'Tersimpan: ' || SUM(f) || ' berkas formulir, ' || SUM(r) || ' isian, ' || COUNT(*)
    || ' skema perangkat daerah; database ' || pg_size_pretty(pg_database_size(current_database())) FROM (
    SELECT (xpath('/row/f/text()', query_to_xml('SELECT COUNT(*) AS f FROM ' || nspname || '.submission_file',
            false, true, '')))[1]::text::int AS f,
           (xpath('/row/r/text()', query_to_xml('SELECT COUNT(*) AS r FROM ' || nspname || '.realisasi',
            false, true, '')))[1]::text::int AS r
      FROM pg_namespace WHERE nspname LIKE 'pd%') t"
echo "Folder kerja: $WORK"

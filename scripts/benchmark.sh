#!/usr/bin/env bash
# Import benchmark: generates N forms in a scratch folder, then times one rekap run over them
# (wall time and peak memory from /usr/bin/time -v). Usage: scripts/benchmark.sh [N] [scratch-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-11}
WORK=${2:-$(mktemp -d /tmp/rekap-bench.XXXX)}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
mvn -q -B package -DskipTests && mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
rm -rf "$WORK/input" "$WORK/data" "$WORK/output" && mkdir -p "$WORK/input"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" id.go.banggaikab.rekap.contoh.BenchmarkForms "$N" "$WORK/input"
cp -r config "$WORK/"
cd "$WORK"
/usr/bin/time -v java -jar "$OLDPWD/target/rekap-kinerja.jar" tahun=2026 triwulan=3 \
    --rekap.contoh.aktif=false --rekap.input-dir="$WORK/input" 2> "$WORK/time.txt" | tail -4
grep -E "Elapsed \(wall|Maximum resident" "$WORK/time.txt"
wall=$(grep "Elapsed (wall" "$WORK/time.txt" | awk '{print $NF}')
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
echo "forms: $N, wall: ${secs}s, forms/s: $(awk -v n="$N" -v s="$secs" 'BEGIN { printf "%.1f", n/s }')"

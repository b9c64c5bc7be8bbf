#!/usr/bin/env bash
# One form with ROWS refused rows (a broken export, a hostile file): times a rekap run over it as installed
# (scripts/rekap.sh, JVM start included; wall time and peak memory from /usr/bin/time -v), with the time of each
# step from the log, and checks that Masalah lists every refused cell and the receipt says how many it does not list.
# Usage: scripts/benchmark-refused-rows.sh [ROWS=20000] [scratch-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-20000}
WORK=${2:-$(mktemp -d /tmp/rekap-ditolak.XXXX)}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
mvn -q -B package -DskipTests && mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
rm -rf "$WORK/input" "$WORK/data" "$WORK/output" "$WORK/logs" && mkdir -p "$WORK/input/2026/TW1"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" id.go.banggaikab.rekap.contoh.RefusedRowsForm \
    "$ROWS" "$WORK/input/2026/TW1/kwu.xlsx"
cp -r config "$WORK/"
REKAP_HOME="$WORK" REKAP_JAR="$PWD/target/rekap-kinerja.jar" /usr/bin/time -v scripts/rekap.sh tahun=2026 triwulan=1 \
    --rekap.contoh.aktif=false 2> "$WORK/time.txt" | tail -3
grep -E "Elapsed \(wall|Maximum resident" "$WORK/time.txt"
grep -E "Langkah .* selesai" "$WORK/logs/rekap-kinerja.log" | sed 's/.* - //'
/usr/bin/python3 - "$WORK" "$ROWS" <<'PY'
import glob, sys, warnings
import openpyxl
warnings.simplefilter('ignore')
work, rows = sys.argv[1], int(sys.argv[2])
def count(xlsx, sheet):
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    if sheet not in wb.sheetnames:
        return 0
    return sum(1 for r in wb[sheet].iter_rows(values_only=True) if 'Sel ditolak' in r)
recap = sorted(glob.glob(work + '/output/Rekap*.xlsx'))[-1]
receipt = glob.glob(work + '/output/2026 TW I/tanda-terima/Seksi Peningkatan Kualitas Kewirausahaan*.xlsx')[0]
print('refused rows:', rows, '| Masalah "Sel ditolak":', count(recap, 'Masalah'),
      '| receipt printed:', count(receipt, 'Tanda Terima'), '| receipt "Semua Catatan":',
      count(receipt, 'Semua Catatan'))
PY

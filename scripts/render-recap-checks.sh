#!/usr/bin/env bash
# Produces and renders the recap in the states where it must not mislead (issue 10, SPEC §5), and measures the
# printed font size of every page, so a developer can look at each and see that none prints under 7 pt:
#   1-semua-unit      sample data, TW II: all 11 units sent TW I and TW II
#   2-belum-lapor     sample data, TW III: Seksi P3UM sent TW I and II but no TW III form
#   3-dua-unit        real mode, TW III: forms of only 2 of the 11 units
#   4-belum-berakhir  sample data plus TW IV forms of 9 units, recapped today (before 31 December)
#   5-cetak-f4        as 2, with rekap.kertas=F4 (the printed Rekap Indikator on Folio)
#   6-tanda-terima    a receipt of 2 (Seksi Fasilitasi Usaha Mikro), marked DATA CONTOH
#   7-lkjip-xlsx      the LKjIP Bab III workbook of 2 (sample TW III, "s.d. Triwulan III", one unit missing)
#   8-lkjip-docx      its Word draft (LibreOffice must open it; headings, tables, trend pictures)
#   9-lkjip-belum-berakhir  the Word draft of 4 (TW IV recapped before 31 December: "triwulan belum berakhir")
#   10-tanda-terima-pengganti  real mode, TW III: Seksi FUM sent a form, then a corrected one saved later; its
#                     receipt says per file and per indicator which figures are in force ("Dipakai")
#   11-formulir-kosong   the blank TW IV forms of the sample year, on A4 (the unit with the most rows, and one with
#                     a register-counted row) and on F4: signature block included, no text under 7 pt
#   12-kunci-final    real mode, TW III with 2 of 11 units, locked with belum-lapor=9: the final recap under the plain
#                     name, Ringkasan saying FINAL and "berdasarkan 2 dari 11 unit", never "sementara"
#   13-lkjip-docx-potret  the Word draft of 2 again, its page sizes listed (A4 portrait; the budget's part B landscape)
#   14-lkjip-utuh     the whole LKjIP draft of 2 ("LKjIP 2026 (draf s.d. TW III …).docx"): cover, front matter, Bab I–IV,
#                     Lampiran; its page sizes listed; no text under 9 pt (the docx's own floor, stricter than 7 pt)
# Recaps and LAKIP tables of an open quarter are drafts named "(draf <waktu>)": the newest of each is rendered.
# Each folder under the output gets run.log (the console, ending with the run's summary), the rendered pages as PNG
# and ukuran-huruf.txt (sheet and smallest printed size per page). Exits 1 if a recap or LAKIP page prints under 7 pt,
# or a page of the whole LKjIP under 9 pt.
# Usage: scripts/render-recap-checks.sh [out-dir]      (default target/render-checks; SKIP_BUILD=1 reuses the jar)
# Needs: Java 17, Maven (to build), libreoffice-calc-nogui, poppler-utils, python3.
set -euo pipefail

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname -- "$here")
out=$(mkdir -p "${1:-$root/target/render-checks}" && cd "${1:-$root/target/render-checks}" && pwd)
jar="$root/target/rekap-kinerja.jar"
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
    (cd "$root" && mvn -B -q package -DskipTests)
fi
classes="$out/jar"
rm -rf "$classes" && mkdir -p "$classes" && (cd "$classes" && unzip -q "$jar")
cp="$classes/BOOT-INF/classes:$classes/BOOT-INF/lib/*"
low=0

# A fresh working folder with the shipped config; input/ empty means sample mode.
work() {
    local dir="$out/$1"
    rm -rf "$dir" && mkdir -p "$dir/input" && cp -r "$root/config" "$dir/"
    echo "$dir"
}

newest() {  # newest <dir> <base> <ext>: the newest version of an output document (the final, or the newest draft)
    ls -t "$1/$2"*."$3" | head -n 1
}

forms() {   # forms <input-dir> <tahun> <triwulan> only|skip <UNIT,UNIT>
    java -cp "$cp" "$here/SampleQuarterForms.java" "$root/config/katalog.yml" "$@" >/dev/null
}

rekap() {   # rekap <dir> <args...>
    local dir="$1"
    shift
    (cd "$dir" && java -jar "$jar" "$@" >run.log 2>&1) || { echo "GAGAL: $dir (lihat run.log)" >&2; exit 1; }
    sed -n '/Selesai dalam/,$p' "$dir/run.log" | sed 's/^[0-9:]* [A-Z]* *//' | sed "s|^|  $(basename "$dir"): |"
}

# Renders a workbook to PDF and PNG, then writes the sheet and the smallest printed size of every page.
render() {  # render <dir> <workbook> [check]
    local dir="$1" book="$2" check="${3:-}"
    local pages="$dir/halaman"
    "$root/scripts/render.sh" "$book" "$pages" >/dev/null 2>&1
    local pdf
    pdf=$(ls "$pages"/*.pdf)
    rm -f "$pages"/*-[0-9]*.png
    pdftoppm -r 100 -png "$pdf" "$pages/hal"
    local sheet=""
    : >"$dir/ukuran-huruf.txt"
    while read -r line; do
        local n=${line#halaman }
        n=${n%%:*}
        local first
        first=$(pdftotext -f "$n" -l "$n" -layout "$pdf" - | grep -m1 -E '\S' | sed 's/^ *//' || true)
        # A sheet's first page starts with its title, which names the period; later pages with the header row.
        [[ "$first" =~ Triwulan\ [IV]+\ (Tahun\ )?[0-9]{4} ]] && sheet="$first"
        echo "$line — $sheet" >>"$dir/ukuran-huruf.txt"
        local size
        size=$(sed -E 's/.*terkecil ([0-9.]+) pt.*/\1/' <<<"$line")
        if [[ -n "$check" ]] && awk -v s="$size" 'BEGIN { exit !(s < 7) }'; then
            echo "TERLALU KECIL: $(basename "$dir") $line — $sheet" >&2
            low=1
        fi
    done < <(python3 "$here/pdf-font-sizes.py" "$pdf" | grep -v 'tanpa teks')
}

echo "Hasil di $out"
d=$(work 1-semua-unit)
rekap "$d" tahun=2026 triwulan=2
render "$d" "$(newest "$d/output/contoh" "Rekap Kinerja 2026 TW II" xlsx)" check

d=$(work 2-belum-lapor)
rekap "$d" tahun=2026 triwulan=3
render "$d" "$(newest "$d/output/contoh" "Rekap Kinerja 2026 TW III" xlsx)" check

d=$(work 3-dua-unit)
forms "$d/input" 2026 3 only SEKSI-FUM,SUBBAG-PEK
rekap "$d" tahun=2026 triwulan=3
render "$d" "$(newest "$d/output" "Rekap Kinerja 2026 TW III" xlsx)" check

d=$(work 4-belum-berakhir)
forms "$d/data/contoh/input" 2026 4 skip SEKSI-P3UM,SEKSI-KWU
rekap "$d" tahun=2026 triwulan=4
render "$d" "$(newest "$d/output/contoh" "Rekap Kinerja 2026 TW IV" xlsx)" check

d=$(work 5-cetak-f4)
rekap "$d" tahun=2026 triwulan=3 --rekap.kertas=F4
render "$d" "$(newest "$d/output/contoh" "Rekap Kinerja 2026 TW III" xlsx)" check

d="$out/6-tanda-terima"
rm -rf "$d" && mkdir -p "$d"
render "$d" "$out/2-belum-lapor/output/contoh/2026 TW III/tanda-terima/Seksi Fasilitasi Usaha Mikro - 2026 TW III.xlsx"

for n in 7-lkjip-xlsx 8-lkjip-docx 9-lkjip-belum-berakhir; do
    rm -rf "${out:?}/$n" && mkdir -p "$out/$n"
done
render "$out/7-lkjip-xlsx" "$(newest "$out/2-belum-lapor/output/contoh" "Tabel LAKIP 2026 TW III" xlsx)" check
render "$out/8-lkjip-docx" "$(newest "$out/2-belum-lapor/output/contoh" "Tabel LAKIP 2026 TW III" docx)" check
render "$out/9-lkjip-belum-berakhir" "$(newest "$out/4-belum-berakhir/output/contoh" "Tabel LAKIP 2026 TW IV" docx)" \
    check

d=$(work 10-tanda-terima-pengganti)
forms "$d/input" 2026 3 only SEKSI-FUM,SUBBAG-PEK
touch -d '2026-10-05 09:00' "$d/input/2026/TW3/"*.xlsx
forms "$d/input" 2026 3 only SEKSI-FUM 1 " (perbaikan)"
rekap "$d" tahun=2026 triwulan=3
render "$d" "$d/output/2026 TW III/tanda-terima/Seksi Fasilitasi Usaha Mikro - 2026 TW III.xlsx"

d=$(work 11-formulir-kosong)
(cd "$d" && java -jar "$jar" --spring.batch.job.name=formulir tahun=2026 triwulan=4 >run.log 2>&1) \
    || { echo "GAGAL: $d (lihat run.log)" >&2; exit 1; }
for unit in "Sub Bagian Perencanaan, Evaluasi dan Keuangan" "Seksi Fasilitasi Usaha Mikro"; do
    mkdir -p "$d/$unit" && render "$d/$unit" "$d/output/contoh/2026 TW IV/formulir/$unit - 2026 TW IV.xlsx" check
done
(cd "$d" && java -jar "$jar" --spring.batch.job.name=formulir tahun=2026 triwulan=4 --rekap.kertas=F4 >run-f4.log 2>&1)
mkdir -p "$d/F4" && render "$d/F4" \
    "$d/output/contoh/2026 TW IV/formulir/Sub Bagian Perencanaan, Evaluasi dan Keuangan - 2026 TW IV.xlsx" check

d=$(work 12-kunci-final)
forms "$d/input" 2026 3 only SEKSI-FUM,SUBBAG-PEK
rekap "$d" tahun=2026 triwulan=3
(cd "$d" && java -jar "$jar" --spring.batch.job.name=kunci tahun=2026 triwulan=3 >kunci-tanpa-konfirmasi.log 2>&1) \
    && { echo "GAGAL: kunci tanpa belum-lapor=9 seharusnya ditolak" >&2; exit 1; }
(cd "$d" && java -jar "$jar" --spring.batch.job.name=kunci tahun=2026 triwulan=3 belum-lapor=9 >kunci.log 2>&1) \
    || { echo "GAGAL: $d (lihat kunci.log)" >&2; exit 1; }
ls "$d/output" >"$d/berkas-output.txt"
render "$d" "$d/output/Rekap Kinerja 2026 TW III.xlsx" check

d="$out/13-lkjip-docx-potret"
rm -rf "$d" && mkdir -p "$d"
render "$d" "$(newest "$out/2-belum-lapor/output/contoh" "Tabel LAKIP 2026 TW III" docx)" check
pdfinfo -f 1 -l 99 "$(ls "$d"/halaman/*.pdf)" | grep -E '^Page +[0-9]+ size' >"$d/ukuran-halaman.txt"

d="$out/14-lkjip-utuh"
rm -rf "$d" && mkdir -p "$d"
render "$d" "$(newest "$out/2-belum-lapor/output/contoh" "LKjIP 2026" docx)" check
pdfinfo -f 1 -l 999 "$(ls "$d"/halaman/*.pdf)" | grep -E '^Page +[0-9]+ size' >"$d/ukuran-halaman.txt"
while read -r line; do
    size=$(sed -E 's/.*terkecil ([0-9.]+) pt.*/\1/' <<<"$line")
    if awk -v s="$size" 'BEGIN { exit !(s < 9) }'; then
        echo "TERLALU KECIL (LKjIP, di bawah 9 pt): $line" >&2
        low=1
    fi
done <"$d/ukuran-huruf.txt"

rm -rf "$classes"
for f in "$out"/*/ukuran-huruf.txt "$out"/*/*/ukuran-huruf.txt "$out"/*/ukuran-halaman.txt; do
    [[ -f "$f" ]] || continue
    echo "== ${f#"$out"/}"
    cat "$f"
done
exit "$low"

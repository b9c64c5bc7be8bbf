#!/usr/bin/env bash
# Renders a written workbook or document to PNG pages so a developer can look at it without Excel:
# xlsx/docx -> PDF (LibreOffice, headless) -> one PNG per page at 60 dpi (poppler's pdftoppm).
# Usage: scripts/render.sh <file.xlsx|file.docx> [out-dir]
# Needs: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1" ]]; then
    echo "Pemakaian: $0 <berkas.xlsx|berkas.docx> [folder-keluaran]" >&2
    exit 2
fi
for tool in soffice pdftoppm; do
    command -v "$tool" >/dev/null || { echo "Perintah '$tool' tidak ada; pasang libreoffice dan poppler-utils." >&2; exit 2; }
done

file="$1"
out="${2:-$(dirname "$file")/render}"
mkdir -p "$out"
base="$(basename "$file")"
name="${base%.*}"
# Keep the extension in the page names so an .xlsx and a .docx of the same name do not overwrite each other.
pages="$name (${base##*.})"
# A private profile so a running LibreOffice of the user is neither used nor disturbed.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
mv "$out/$name.pdf" "$out/$pages.pdf"
pdftoppm -png -r 60 "$out/$pages.pdf" "$out/$pages"
ls -1 "$out/$pages"*.png

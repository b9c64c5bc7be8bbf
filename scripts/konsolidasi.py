#!/usr/bin/env python3
"""The short openpyxl script a planner with some Python would write to consolidate the forms, as fast as such a
script gets: walk the input folder, open every workbook in openpyxl's read-only mode (rows streamed, saved values,
no object model of the workbook; that is what openpyxl's documentation offers for reading large files), find the
header row (a cell "Indikator..."), copy every row under it that has a Kode or an indicator text into one sheet,
with the file it came from, and save the result (write-only mode, rows streamed out). It knows none of the
job's rules (no matching, no checks, no history); it is the yardstick of scripts/benchmark-vs-python.sh.
Usage: konsolidasi.py <input-folder> <output.xlsx>"""
import os
import sys

import openpyxl

inp, out = sys.argv[1], sys.argv[2]
result = openpyxl.Workbook(write_only=True)
sheet = result.create_sheet("Konsolidasi")
rows = 0
sheet.append(["Berkas", "Lembar", "Kode", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut"])
for root, _, files in os.walk(inp):
    for name in sorted(files):
        if not name.lower().endswith((".xlsx", ".xlsm")) or name.startswith("~$"):
            continue
        path = os.path.join(root, name)
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as e:  # a broken file is skipped, as a script would
            print("lewati", path, e, file=sys.stderr)
            continue
        for ws in wb.worksheets:
            cols = None
            for row in ws.iter_rows(values_only=True):
                texts = [str(c).strip().lower() if c is not None else "" for c in row]
                if cols is None:
                    if any(t.startswith("indikator") for t in texts):
                        cols = {t: i for i, t in enumerate(texts) if t}
                    continue
                def get(key):
                    i = next((i for t, i in cols.items() if t.startswith(key)), None)
                    return row[i] if i is not None and i < len(row) else None
                if get("kode") or get("indikator"):
                    rows += 1
                    sheet.append([os.path.relpath(path, inp), ws.title, get("kode"), get("indikator"),
                                  get("realisasi"), get("pembilang"), get("penyebut")])
        wb.close()  # read-only mode keeps the file open until closed
result.save(out)
print(rows, "baris dari", inp)

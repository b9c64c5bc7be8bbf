#!/usr/bin/python3
"""Re-saves every workbook of a folder as a script-like author does (scripts/benchmark-vs-python.sh): openpyxl opens
each form and saves it unchanged into the same place under the target folder. What openpyxl writes is what web
exports built on openpyxl, XlsxWriter or PhpSpreadsheet write: the workbook asks to be fully recalculated on
opening, formulas keep no saved result, styles and shared strings as the library lays them out.
Usage: simpan_openpyxl.py <source-folder> <target-folder>"""
import os
import sys
import warnings

import openpyxl

source, target = sys.argv[1], sys.argv[2]
warnings.simplefilter("ignore")  # openpyxl's notes on data validation it drops are not the benchmark's
count = 0
for root, _, files in os.walk(source):
    for name in sorted(files):
        if not name.lower().endswith(".xlsx"):
            continue
        path = os.path.join(root, name)
        out = os.path.join(target, os.path.relpath(path, source))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        openpyxl.load_workbook(path).save(out)
        count += 1
print(count, "berkas disimpan ulang oleh openpyxl", openpyxl.__version__, "ke", target)

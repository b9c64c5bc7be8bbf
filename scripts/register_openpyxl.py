#!/usr/bin/python3
"""The short openpyxl script a planner would write to count a register of usaha mikro binaan, for comparison with
the job's reader (scripts/benchmark-register.sh): read-only mode, find the header, count per quarter of 2026 the
usaha mikro registered by the quarter's end and those trained in it, each NIB once. Dates are Excel dates or text
"dd/mm/yyyy". Prints rows per second and peak RSS. Usage: register_openpyxl.py <register.xlsx>"""
import datetime
import resource
import warnings
import sys
import time

import openpyxl


def as_date(v):
    if isinstance(v, datetime.datetime):
        return v.date()
    if isinstance(v, datetime.date):
        return v
    if isinstance(v, str) and v.count("/") == 2:
        d, m, y = v.split("/")
        try:
            return datetime.date(int(y), int(m), int(d))
        except ValueError:
            return None
    return None


def main(path):
    warnings.simplefilter("ignore")  # openpyxl's note on files without a default style is not the benchmark's
    start = time.monotonic()
    cpu = time.process_time()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[0]
    ends = [datetime.date(2026, 3, 31), datetime.date(2026, 6, 30), datetime.date(2026, 9, 30),
            datetime.date(2026, 12, 31)]
    starts = [datetime.date(2026, 1, 1), datetime.date(2026, 4, 1), datetime.date(2026, 7, 1),
              datetime.date(2026, 10, 1)]
    col = None
    seen = set()
    binaan = [0, 0, 0, 0]
    dilatih = [0, 0, 0, 0]
    rows = 0
    for row in ws.iter_rows(values_only=True):
        if col is None:
            names = [str(c).strip().lower() if c is not None else "" for c in row]
            if "nama usaha" in names and "tanggal terdaftar" in names:
                col = {n: i for i, n in enumerate(names)}
            continue
        rows += 1
        nib = row[col["nib"]]
        if nib in seen:
            continue
        seen.add(nib)
        registered = as_date(row[col["tanggal terdaftar"]])
        trained = as_date(row[col["tanggal pelatihan"]]) if len(row) > col["tanggal pelatihan"] else None
        for q in range(4):
            if registered is not None and registered <= ends[q]:
                binaan[q] += 1
            if trained is not None and starts[q] <= trained <= ends[q]:
                dilatih[q] += 1
    seconds = time.monotonic() - start
    cpu_seconds = time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print("python (openpyxl read-only): {:,} baris dalam {:.2f} detik = {:,.0f} baris/detik (CPU {:.2f} detik);"
          " binaan TW IV {:,}, dilatih 2026 {:,}; RSS puncak {} MB".format(
              rows, seconds, rows / seconds, cpu_seconds, binaan[3], sum(dilatih), rss))


if __name__ == "__main__":
    main(sys.argv[1])

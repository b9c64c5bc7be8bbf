#!/usr/bin/env python3
"""Prints, per page of a PDF written by LibreOffice, the smallest and the most common font size of the text shown on
it, in points as printed (font size times the text and graphics scale). Used by render-recap-checks.sh to check that
no printed text of the recap is under 7 pt. Only what LibreOffice's PDF export writes is understood: uncompressed or
Flate-compressed content streams, Tf/Tm/Td/cm operators; no object streams.
Usage: pdf-font-sizes.py file.pdf [first-page last-page]"""
import re
import sys
import zlib
from collections import Counter


def objects(data):
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb'(\d+) 0 obj(.*?)endobj', data, re.S)}


def stream(obj):
    m = re.search(rb'stream\r?\n(.*)endstream', obj, re.S)
    if not m:
        return b''
    raw = m.group(1)
    return zlib.decompressobj().decompress(raw) if b'FlateDecode' in obj[:m.start()] else raw


def page_order(objs):
    root = next(k for k, v in objs.items() if re.search(rb'/Type\s*/Pages\b', v)
                and not re.search(rb'/Parent\s', v))
    out = []

    def walk(n):
        v = objs[n]
        if re.search(rb'/Type\s*/Page\b', v):
            out.append(n)
            return
        kids = re.search(rb'/Kids\s*\[(.*?)\]', v, re.S).group(1)
        for k in re.findall(rb'(\d+) 0 R', kids):
            walk(int(k))
    walk(root)
    return out


def contents(objs, page):
    v = objs[page]
    m = re.search(rb'/Contents\s*(\[(.*?)\]|(\d+) 0 R)', v, re.S)
    refs = re.findall(rb'(\d+) 0 R', m.group(0))
    return b'\n'.join(stream(objs[int(r)]) for r in refs)


def mul(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


TOKEN = re.compile(rb'\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>]+|[-+]?\d*\.?\d+|[A-Za-z\'"*]+')


def sizes(content):
    ctm = [1, 0, 0, 1, 0, 0]
    stack = []
    tm = [1, 0, 0, 1, 0, 0]
    size = None
    operands = []
    shown = Counter()
    for t in TOKEN.findall(content):
        if re.fullmatch(rb'[-+]?\d*\.?\d+', t):
            operands.append(float(t))
            continue
        if t[:1] in b'(<[]/' :
            operands.append(t)
            continue
        op = t
        if op == b'q':
            stack.append(ctm)
        elif op == b'Q':
            ctm = stack.pop() if stack else ctm
        elif op == b'cm' and len(operands) >= 6:
            ctm = mul([float(x) for x in operands[-6:]], ctm)
        elif op == b'BT':
            tm = [1, 0, 0, 1, 0, 0]
        elif op == b'Tm' and len(operands) >= 6:
            tm = [float(x) for x in operands[-6:]]
        elif op == b'Tf' and operands:
            size = float(operands[-1])
        elif op in (b'Tj', b'TJ', b"'", b'"') and size is not None:
            m = mul(tm, ctm)
            scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
            shown[round(size * scale, 2)] += 1
        operands = []
    return shown


def main():
    data = open(sys.argv[1], 'rb').read()
    objs = objects(data)
    pages = page_order(objs)
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    last = int(sys.argv[3]) if len(sys.argv) > 3 else len(pages)
    for n in range(first, last + 1):
        s = sizes(contents(objs, pages[n - 1]))
        if not s:
            print(f'halaman {n}: tanpa teks')
            continue
        common = s.most_common(1)[0][0]
        print(f'halaman {n}: terkecil {min(s):.1f} pt, terbanyak {common:.1f} pt')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Cuts the blank bottom off a screenshot: keeps the rows down to the last one that is not all
background colour (its top-left pixel), plus a margin, and no more than LIMIT rows. Standard
library only (zlib), for the 8-bit RGB or RGBA, non-interlaced PNGs headless Chromium writes.

    scripts/trim-png.py FILE.png [MARGIN] [LIMIT]
"""
import struct
import sys
import zlib


def chunks(data):
    position = 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        yield kind, data[position + 8:position + 8 + length]
        position += 12 + length


def unfiltered_rows(raw, width, stride):
    rows, previous, position = [], bytearray(width * stride), 0
    for _ in range(len(raw) // (width * stride + 1)):
        kind, line = raw[position], bytearray(raw[position + 1:position + 1 + width * stride])
        position += 1 + width * stride
        for i in range(len(line)):
            left = line[i - stride] if i >= stride else 0
            up = previous[i]
            corner = previous[i - stride] if i >= stride else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - corner))
                line[i] = (line[i] + (left, up, corner)[distances.index(min(distances))]) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def main():
    path, margin = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 24
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
    data = open(path, "rb").read()
    header = next(body for kind, body in chunks(data) if kind == b"IHDR")
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or color not in (2, 6) or interlace:
        sys.exit(f"{path}: not an 8-bit RGB(A) non-interlaced PNG; left as it is")
    stride = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(body for kind, body in chunks(data) if kind == b"IDAT"))
    rows = unfiltered_rows(raw, width, stride)
    blank = rows[0][:stride] * width
    last = max((index for index, row in enumerate(rows) if row != blank), default=0)
    keep = min(height, last + 1 + margin, limit or height)
    if last == height - 1 and not limit:
        print(f"{path}: the page may run on below the picture; take it in a taller window", file=sys.stderr)
    body = zlib.compress(b"".join(b"\0" + row for row in rows[:keep]), 9)
    header = struct.pack(">IIBBBBB", width, keep, depth, color, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    open(path, "wb").write(png)
    print(f"{path}: {width} × {keep} (was {height})")


main()

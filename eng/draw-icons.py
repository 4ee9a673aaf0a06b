#!/usr/bin/env python3
"""Draws the Teams app icons (manifest/color.png 192x192, manifest/outline.png 32x32).

The motif is a small circle held in an open cradle: the client held by the therapist's
container. Pure standard library (zlib) so it runs anywhere; the PNGs are committed, so
nothing needs to run this unless the design changes.
"""
import math
import struct
import zlib
from pathlib import Path

TEAL = (38, 110, 116)
WHITE = (255, 255, 255)
SAMPLES = 4  # supersampling per axis, for smooth edges


def inside(x, y, size):
    """True where the white motif covers the point (x, y) in a size x size icon."""
    s = size / 192.0
    cx = 96 * s
    # the held one: a circle
    if math.hypot(x - cx, y - 80 * s) <= 24 * s:
        return True
    # the container: the lower half of a ring, open at the top
    r = math.hypot(x - cx, y - 86 * s)
    if y >= 86 * s and 50 * s <= r <= 64 * s:
        return True
    # rounded ends of the cradle
    for ex in (cx - 57 * s, cx + 57 * s):
        if math.hypot(x - ex, y - 86 * s) <= 7 * s:
            return True
    return False


def coverage(px, py, size):
    hits = 0
    for i in range(SAMPLES):
        for j in range(SAMPLES):
            if inside(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES, size):
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def png(path, size, pixel):
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(data)


def color_pixel(x, y):
    a = coverage(x, y, 192)
    return bytes([round(TEAL[k] * (1 - a) + WHITE[k] * a) for k in range(3)] + [255])


def outline_pixel(x, y):
    a = coverage(x, y, 32)
    return bytes([255, 255, 255, round(255 * a)])


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent / "manifest"
    png(root / "color.png", 192, color_pixel)
    png(root / "outline.png", 32, outline_pixel)

#!/usr/bin/env python3
"""Checks for the HTML report, used by views_export_html.sh.

  html_check.py parse FILE          strict HTML5 parse (html5lib): exit 1 on any error
  html_check.py has-text DOM WORDS  every line of WORDS occurs in DOM's text
  html_check.py png FILE W H        a W x H PNG that is not blank

No third-party module but html5lib (python3-html5lib); the PNG is read with
zlib, filters undone by hand.
"""
import struct
import sys
import zlib


def parse(path):
    import html5lib
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    with open(path, "rb") as f:
        try:
            return parser.parse(f.read())
        except html5lib.html5parser.ParseError as e:
            sys.exit(f"{path}: HTML5 parse error: {e} (errors: {parser.errors})")


def has_text(dom_path, words_path):
    tree = parse(dom_path)
    text = " ".join(" ".join(tree.itertext()).split())
    with open(words_path, encoding="utf-8") as f:
        words = [w.strip() for w in f if w.strip()]
    missing = [w for w in words if " ".join(w.split()) not in text]
    if missing:
        sys.exit(f"{dom_path}: not in the page's text: {missing}")
    print(f"{len(words)} found")


def pixels(path):
    """Rows of RGB(A) bytes of an 8-bit, non-interlaced truecolour PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        sys.exit(f"{path}: unexpected PNG format {header}")
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def png(path, want_w, want_h):
    width, height, bpp, rows = pixels(path)
    if (width, height) != (int(want_w), int(want_h)):
        sys.exit(f"{path}: {width}x{height}, expected {want_w}x{want_h}")
    colours, inked = set(), 0
    for row in rows:
        for x in range(0, len(row), bpp):
            px = row[x:x + 3]
            colours.add(px)
            inked += min(px) < 230
    share = inked / (width * height)
    # A blank or failed page is one or two colours; the report has text,
    # a heatmap and bars in dozens.
    if len(colours) < 40 or share < 0.03:
        sys.exit(f"{path}: looks blank: {len(colours)} colours, {share:.1%} inked")
    print(f"{len(colours)} colours, {share:.1%} inked")


if __name__ == "__main__":
    commands = {"parse": lambda p: parse(p) and print("parsed"), "has-text": has_text, "png": png}
    commands[sys.argv[1]](*sys.argv[2:])

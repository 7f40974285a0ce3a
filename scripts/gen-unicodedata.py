#!/usr/bin/env python3
"""Writes runtime/std/unicodedata.py: CPython 3.13's unicodedata tables (category,
combining class, East Asian width, bidirectional class, mirrored, decimal/digit/numeric
values, decompositions) and the normalization forms built on them.

Run with CPython 3.13 (its Unicode version is the one to match):
    PYENV_VERSION=3.13.0 python3 scripts/gen-unicodedata.py

Character names (name/lookup) are left out: all of them take about 1 MB.

Encodings, chosen for a small module that parses quickly at import:
- per-code-point properties are runs: "delta,value" items (base 36 start delta from the
  previous run, value an index into the property's list of values), space-separated;
- decompositions are one string of entries separated by newlines: the code point, a tag
  character ('0' canonical, else '1' + index into TAGS), then the decomposition itself.
"""
import os
import sys
import unicodedata as u

OUT = os.path.join(os.path.dirname(__file__), "..", "runtime", "std", "unicodedata.py")
MAX = 0x110000


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


def runs(prop):
    """(values, text) for the runs of prop over every code point."""
    values, index = [], {}
    items, prev, last_start = [], object(), 0
    for cp in range(MAX):
        v = prop(chr(cp))
        if v != prev:
            if v not in index:
                index[v] = len(values)
                values.append(v)
            items.append(f"{b36(cp - last_start)},{b36(index[v])}")
            last_start, prev = cp, v
    return values, " ".join(items)


def literal(s):
    """s as the inside of a double-quoted literal: printable characters as themselves."""
    out = []
    for c in s:
        if c in '\\"':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif not c.isprintable():
            out.append(f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
        else:
            out.append(c)
    return out


def wrap(text, width=80):
    """A long string as implicitly joined literals, one per line, never splitting an escape."""
    pieces, lines, size = literal(text), [], 0
    line = []
    for p in pieces:
        if size + len(p) > width and line:
            lines.append("".join(line))
            line, size = [], 0
        line.append(p)
        size += len(p)
    if line:
        lines.append("".join(line))
    return "\n".join(f'    "{x}"' for x in lines)


def decompositions():
    tags, entries = [], []
    for cp in range(MAX):
        d = u.decomposition(chr(cp))
        if not d:
            continue
        parts = d.split()
        tag = "0"
        if parts[0].startswith("<"):
            if parts[0] not in tags:
                tags.append(parts[0])
            tag = chr(ord("1") + tags.index(parts[0]))
            parts = parts[1:]
        entries.append(chr(cp) + tag + "".join(chr(int(p, 16)) for p in parts))
    return tags, "\n".join(entries)


def compositions():
    """The canonical pairs that NFC composes (primary composites)."""
    pairs = []
    for cp in range(MAX):
        d = u.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = d.split()
        if len(parts) == 2 and u.normalize("NFC", u.normalize("NFD", chr(cp))) == chr(cp):
            pairs.append(cp)
    return "".join(chr(cp) for cp in pairs)


def numerics():
    """Code points with a numeric value, as "char=value" with digit/decimal flags."""
    out = []
    for cp in range(MAX):
        c = chr(cp)
        n = u.numeric(c, None)
        if n is None:
            continue
        dec = u.decimal(c, None)
        dig = u.digit(c, None)
        kind = "D" if dec is not None else ("G" if dig is not None else "N")
        if kind == "D" and u.category(c) == "Nd":
            # Derived at run time: decimal digits come in runs of ten starting at zero.
            start = cp
            while start > 0 and u.category(chr(start - 1)) == "Nd":
                start -= 1
            assert dec == (cp - start) % 10, hex(cp)
            continue
        value = repr(n) if n != int(n) else str(int(n))
        if kind == "N":
            # Fractions print as CPython's float repr: keep the exact float text.
            value = repr(n)
        out.append(f"{b36(cp)}{kind}{value}")
    return " ".join(out)


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("gen-unicodedata: run with CPython 3.13 (PYENV_VERSION=3.13.0)")
    cats, cat_runs = runs(u.category)
    bidis, bidi_runs = runs(u.bidirectional)
    widths, width_runs = runs(u.east_asian_width)
    _, comb_runs = runs(lambda c: str(u.combining(c)))
    combs = [int(v) for v in runs(lambda c: str(u.combining(c)))[0]]
    _, mirror_runs = runs(u.mirrored)
    tags, decomp = decompositions()
    comp = compositions()
    with open(os.path.join(os.path.dirname(__file__), "unicodedata_impl.py"), encoding="utf-8") as f:
        impl = f.read()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write('"""Unicode character properties and normalization (CPython 3.13, Unicode %s).\n\n'
                % u.unidata_version)
        f.write("GENERATED by scripts/gen-unicodedata.py from scripts/unicodedata_impl.py and\n"
                "CPython 3.13's tables: do not edit. Not provided: name() and lookup() (the\n"
                "name table alone is about 1 MB) and ucd_3_2_0.\n\"\"\"\n\n")
        f.write(f"unidata_version = {u.unidata_version!r}\n\n")
        f.write(f"_CATEGORIES = {tuple(cats)!r}\n")
        f.write(f"_BIDIRECTIONAL = {tuple(bidis)!r}\n")
        f.write(f"_WIDTHS = {tuple(widths)!r}\n")
        f.write(f"_COMBINING = {tuple(combs)!r}\n")
        f.write(f"_TAGS = {tuple(tags)!r}\n\n")
        for name, text in [("_CATEGORY_RUNS", cat_runs), ("_BIDIRECTIONAL_RUNS", bidi_runs),
                           ("_WIDTH_RUNS", width_runs), ("_COMBINING_RUNS", comb_runs),
                           ("_MIRRORED_RUNS", mirror_runs), ("_NUMERIC", numerics())]:
            f.write(f"{name} = (\n{wrap(text)}\n)\n")
        f.write(f"_DECOMPOSITIONS = (\n{wrap(decomp)}\n)\n")
        f.write(f"_COMPOSITES = (\n{wrap(comp)}\n)\n\n")
        f.write(impl)


if __name__ == "__main__":
    main()

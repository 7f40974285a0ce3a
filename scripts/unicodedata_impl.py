# ---- the functions (scripts/unicodedata_impl.py, appended to the tables) ----

from bisect import bisect_right as _bisect_right

__all__ = ["category", "bidirectional", "combining", "east_asian_width", "mirrored",
           "decimal", "digit", "numeric", "decomposition", "normalize", "is_normalized",
           "unidata_version"]


def _parse_runs(text, values):
    starts, vals, cp = [], [], 0
    for item in text.split():
        delta, index = item.split(",")
        cp += int(delta, 36)
        starts.append(cp)
        vals.append(values[int(index, 36)])
    return starts, vals


_category = _parse_runs(_CATEGORY_RUNS, _CATEGORIES)
_bidirectional = _parse_runs(_BIDIRECTIONAL_RUNS, _BIDIRECTIONAL)
_width = _parse_runs(_WIDTH_RUNS, _WIDTHS)
_combining = _parse_runs(_COMBINING_RUNS, _COMBINING)
_mirrored = _parse_runs(_MIRRORED_RUNS, (0, 1))


def _numeric_table():
    table = {}
    for item in _NUMERIC.split():
        for i, ch in enumerate(item):
            if ch in "DGN":
                table[chr(int(item[:i], 36))] = (ch, item[i + 1:])
                break
    return table


def _decomposition_table():
    table = {}
    for entry in _DECOMPOSITIONS.split("\n"):
        tag = None if entry[1] == "0" else _TAGS[ord(entry[1]) - ord("1")]
        table[entry[0]] = (tag, entry[2:])
    return table


_NUMERICS = _numeric_table()
_DECOMP = _decomposition_table()
_PAIRS = {_DECOMP[c][1]: c for c in _COMPOSITES}
del _CATEGORY_RUNS, _BIDIRECTIONAL_RUNS, _WIDTH_RUNS, _COMBINING_RUNS, _MIRRORED_RUNS
del _NUMERIC, _DECOMPOSITIONS, _COMPOSITES


def _char(fn, chr, which="argument"):
    if not isinstance(chr, str) or len(chr) != 1:
        raise TypeError(f"{fn}() {which} must be a unicode character, not {type(chr).__name__}")
    return ord(chr)


def _lookup(runs, cp):
    starts, vals = runs
    return vals[_bisect_right(starts, cp) - 1]


def category(chr, /):
    """The general category of chr as a two-letter string ('Lu', 'Nd', ...)."""
    return _lookup(_category, _char("category", chr))


def bidirectional(chr, /):
    """The bidirectional class of chr ('L', 'AN', ...; '' for none)."""
    return _lookup(_bidirectional, _char("bidirectional", chr))


def east_asian_width(chr, /):
    """The East Asian width of chr ('F', 'H', 'W', 'Na', 'A' or 'N')."""
    return _lookup(_width, _char("east_asian_width", chr))


def combining(chr, /):
    """The canonical combining class of chr (0 for none)."""
    cp = _char("combining", chr)
    return 0 if cp < 0x300 else _lookup(_combining, cp)


def mirrored(chr, /):
    """1 if chr is mirrored in bidirectional text, else 0."""
    return _lookup(_mirrored, _char("mirrored", chr))


_MISSING = object()


def _number(fn, chr, default, kinds, what):
    cp = _char(fn, chr, "argument 1")
    found = _NUMERICS.get(chr)
    if found is None:
        i = _bisect_right(_category[0], cp) - 1
        if _category[1][i] == "Nd":
            found = ("D", (cp - _category[0][i]) % 10)
    if found is None or found[0] not in kinds:
        if default is _MISSING:
            raise ValueError(what)
        return default
    return float(found[1]) if fn == "numeric" else int(found[1])


def decimal(chr, default=_MISSING, /):
    """The decimal digit value of chr; default (or ValueError) if it has none."""
    return _number("decimal", chr, default, "D", "not a decimal")


def digit(chr, default=_MISSING, /):
    """The digit value of chr; default (or ValueError) if it has none."""
    return _number("digit", chr, default, "DG", "not a digit")


def numeric(chr, default=_MISSING, /):
    """The numeric value of chr as a float; default (or ValueError) if it has none."""
    return _number("numeric", chr, default, "DGN", "not a numeric character")


def decomposition(chr, /):
    """The decomposition mapping of chr as hex code points, with its <tag> if any."""
    _char("decomposition", chr)
    found = _DECOMP.get(chr)
    if found is None:
        return ""
    tag, chars = found
    text = " ".join("%04X" % ord(c) for c in chars)
    return f"{tag} {text}" if tag else text


# Hangul syllables decompose and compose arithmetically (Unicode chapter 3.12).
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT


def _ccc(c):
    cp = ord(c)
    return 0 if cp < 0x300 else _lookup(_combining, cp)


def _decompose_into(c, compat, out):
    s = ord(c) - _S_BASE
    if 0 <= s < _S_COUNT:
        out.append(chr(_L_BASE + s // _N_COUNT))
        out.append(chr(_V_BASE + s % _N_COUNT // _T_COUNT))
        if s % _T_COUNT:
            out.append(chr(_T_BASE + s % _T_COUNT))
        return
    found = _DECOMP.get(c)
    if found is None or (found[0] is not None and not compat):
        out.append(c)
        return
    for d in found[1]:
        _decompose_into(d, compat, out)


def _decompose(s, compat):
    chars = []
    for c in s:
        _decompose_into(c, compat, chars)
    # Canonical ordering: each run of non-starters sorted (stably) by combining class.
    out, run = [], []
    for c in chars:
        if _ccc(c):
            run.append(c)
            continue
        if run:
            run.sort(key=_ccc)
            out.extend(run)
            run = []
        out.append(c)
    if run:
        run.sort(key=_ccc)
        out.extend(run)
    return out


def _compose_pair(a, b):
    l, v = ord(a) - _L_BASE, ord(b) - _V_BASE
    if 0 <= l < _L_COUNT and 0 <= v < _V_COUNT:
        return chr(_S_BASE + (l * _V_COUNT + v) * _T_COUNT)
    s, t = ord(a) - _S_BASE, ord(b) - _T_BASE
    if 0 <= s < _S_COUNT and s % _T_COUNT == 0 and 0 < t < _T_COUNT:
        return chr(ord(a) + t)
    return _PAIRS.get(a + b)


def _compose(chars):
    out, starter = [], -1
    for c in chars:
        cc = _ccc(c)
        if starter >= 0:
            # Blocked when a character between the starter and c has class 0 or >= c's.
            between = _ccc(out[-1]) if len(out) - 1 > starter else None
            if between is None or (between != 0 and between < cc):
                composite = _compose_pair(out[starter], c)
                if composite is not None:
                    out[starter] = composite
                    continue
        out.append(c)
        if cc == 0:
            starter = len(out) - 1
    return out


_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def normalize(form, unistr, /):
    """unistr in normalization form 'NFC', 'NFD', 'NFKC' or 'NFKD'."""
    if not isinstance(form, str):
        raise TypeError(f"normalize() argument 1 must be str, not {type(form).__name__}")
    if not isinstance(unistr, str):
        raise TypeError(f"normalize() argument 2 must be str, not {type(unistr).__name__}")
    if form not in _FORMS:
        raise ValueError("invalid normalization form")
    if unistr.isascii():
        return unistr
    chars = _decompose(unistr, form.startswith("NFK"))
    if form.endswith("C"):
        chars = _compose(chars)
    return "".join(chars)


def is_normalized(form, unistr, /):
    """Whether unistr is already in normalization form `form`."""
    return normalize(form, unistr) == unistr

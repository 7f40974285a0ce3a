"""General functions for HTML manipulation: escape and unescape (every named and numeric
character reference of the HTML standard, as CPython 3.13 decodes them). html.entities holds
the tables; html.parser is not available."""

__all__ = ["escape", "unescape"]

# Marks this module as a package, so `from html import entities` imports the submodule.
__path__ = []


def escape(s, quote=True):
    """Replace special characters "&", "<" and ">" to HTML-safe sequences, and the quotes
    too when quote is true."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references the standard maps elsewhere (mostly the windows-1252 characters that
# pages write as &#128; to &#159;).
_invalid_charrefs = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e",
    0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160",
    0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018",
    0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
    0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a", 0x9c: "\u0153", 0x9d: "\x9d",
    0x9e: "\u017e", 0x9f: "\u0178",
}


def _dropped_codepoint(n):
    """Code points a numeric reference to decodes to nothing: C0/C1 controls (not tab, LF,
    FF, CR, space) and the noncharacters."""
    return (0x1 <= n <= 0x8 or n == 0xb or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f or 0xfdd0 <= n <= 0xfdef
            or (n & 0xfffe) == 0xfffe)


_NAME_STOP = "\t\n\f <&#;"


def _reference_at(s, i):
    """The reference starting after the '&' at s[i - 1]: (its text without '&', end), or None."""
    n = len(s)
    if i < n and s[i] == "#":
        j = i + 1
        if j < n and s[j] in "xX":
            k = j + 1
            while k < n and s[k] in "0123456789abcdefABCDEF":
                k += 1
            if k == j + 1:
                return None
        else:
            k = j
            while k < n and s[k] in "0123456789":
                k += 1
            if k == j:
                return None
        if k < n and s[k] == ";":
            k += 1
        return s[i:k], k
    k = i
    while k < n and k - i < 32 and s[k] not in _NAME_STOP:
        k += 1
    if k == i:
        return None
    if k < n and s[k] == ";":
        k += 1
    return s[i:k], k


def _decode(ref):
    if ref[0] == "#":
        if ref[1] in "xX":
            num = int(ref[2:].rstrip(";"), 16)
        else:
            num = int(ref[1:].rstrip(";"))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\ufffd"
        if _dropped_codepoint(num):
            return ""
        return chr(num)
    from html.entities import html5
    if ref in html5:
        return html5[ref]
    # The longest known name the reference starts with (browsers accept '&ampx' as '&x').
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in html5:
            return html5[ref[:end]] + ref[end:]
    return "&" + ref


def unescape(s):
    """Convert all named and numeric character references in the string s to the
    corresponding unicode characters."""
    if "&" not in s:
        return s
    out = []
    start = 0
    i = s.find("&")
    while i >= 0:
        found = _reference_at(s, i + 1)
        if found is None:
            i = s.find("&", i + 1)
            continue
        ref, end = found
        out.append(s[start:i])
        out.append(_decode(ref))
        start = end
        i = s.find("&", end)
    out.append(s[start:])
    return "".join(out)

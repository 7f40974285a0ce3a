"""Shell-style filename matching: fnmatch, fnmatchcase, filter and translate, with CPython
3.13's translation of patterns into regular expressions (the same regex text) and semantics
(* and ? match any character, '/' and newlines included; [seq], [!seq], ranges). Paths are
POSIX paths: fnmatch() is case-sensitive, like fnmatchcase()."""

import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-sensitively, as on POSIX)."""
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    match = _cache.get((type(pat), pat))
    if match is None:
        if isinstance(pat, bytes):
            regex = translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[(type(pat), pat)] = match
    return match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    match = _compile_pattern(pat)
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def translate(pat):
    """Translate a shell PATTERN to a regular expression (no end-of-string magic)."""
    return _join(_pieces(pat))


def _set_body(pat, i, j):
    """The regex text inside [...] for the pattern's set pat[i:j] (i: after '[')."""
    body = pat[i:j]
    if "-" not in body:
        body = body.replace("\\", r"\\")
    else:
        # Split at the hyphens that separate ranges (not a leading one, nor one right after a
        # range's start), so the other hyphens and backslashes can be escaped.
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += "-"
        # A range whose start is above its end matches nothing: merge it away.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = "-".join(c.replace("\\", r"\\").replace("-", r"\-") for c in chunks)
    # &&, ~~ and || may become set operations in future regex syntax: escape them all.
    return "".join("\\" + c if c in "&~|" else c for c in body)


def _pieces(pat):
    """The pattern as regex pieces, with _STAR for each run of '*'."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")  # no closing ']': a literal '['
                continue
            body = _set_body(pat, i, j)
            i = j + 1
            if not body:
                out.append("(?!)")  # an empty set never matches
            elif body == "!":
                out.append(".")  # a negated empty set matches any character
            else:
                if body[0] == "!":
                    body = "^" + body[1:]
                elif body[0] in ("^", "["):
                    body = "\\" + body
                out.append(f"[{body}]")
        else:
            out.append(re.escape(c))
    return out


def _join(pieces):
    """Joins pieces; each '*' between fixed parts becomes an atomic minimal match, so that
    matching never backtracks into it."""
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append(f"(?>.*?{fixed})")
    return rf"(?s:{''.join(out)})\Z"

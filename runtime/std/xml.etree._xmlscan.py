"""The XML scanner behind xml.etree.ElementTree.XMLParser: well-formedness checks,
entity and character references, namespaces, CDATA, comments, processing instructions and
an internal DTD subset's entity declarations, fed in chunks. Errors carry expat's
messages, codes and (line, column) positions, so programs see what CPython reports."""

import re

import _xmltok

_NAME = r"[A-Za-z_:\u0080-\U0010FFFF][A-Za-z0-9_:.\-\u0080-\U0010FFFF]*"
_name = re.compile(_NAME)
_space = re.compile(r"[ \t\n\r]*")
_eq = re.compile(r"[ \t\n\r]*=[ \t\n\r]*")
_ref = re.compile(r"&(?:(" + _NAME + r")|#([0-9]+)|#x([0-9a-fA-F]+));")
_encoding_decl = re.compile(r"""encoding[ \t\n\r]*=[ \t\n\r]*["']([A-Za-z0-9._\-]+)["']""")
_entity_decl = re.compile(r"""<!ENTITY[ \t\n\r]+(""" + _NAME + r""")[ \t\n\r]+("[^"]*"|'[^']*')[ \t\n\r]*>""")

# A whole well-formed start tag in one match (the common case); anything else goes
# through the step-by-step path that finds the error's position.
_start_tag = re.compile(r"<(" + _NAME + r")((?:[ \t\n\r]+" + _NAME
                        + r"""[ \t\n\r]*=[ \t\n\r]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\n\r]*(/?)>""")
_attribute = re.compile(r"(" + _NAME + r""")[ \t\n\r]*=[ \t\n\r]*(?:"([^"]*)"|'([^']*)')""")
_end_tag = re.compile(r"</(" + _NAME + r")[ \t\n\r]*>")

_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"

SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN = 2, 3, 4, 5
TAG_MISMATCH, DUPLICATE_ATTRIBUTE, JUNK_AFTER_DOC_ELEMENT = 7, 8, 9
UNDEFINED_ENTITY, BAD_CHAR_REF, MISPLACED_XML_PI = 11, 14, 17
UNCLOSED_CDATA_SECTION, UNBOUND_PREFIX = 20, 27

_MESSAGES = {
    SYNTAX: "syntax error",
    NO_ELEMENTS: "no element found",
    INVALID_TOKEN: "not well-formed (invalid token)",
    UNCLOSED_TOKEN: "unclosed token",
    TAG_MISMATCH: "mismatched tag",
    DUPLICATE_ATTRIBUTE: "duplicate attribute",
    JUNK_AFTER_DOC_ELEMENT: "junk after document element",
    UNDEFINED_ENTITY: "undefined entity",
    BAD_CHAR_REF: "reference to invalid character number",
    MISPLACED_XML_PI: "XML or text declaration not at start of entity",
    UNCLOSED_CDATA_SECTION: "unclosed CDATA section",
    UNBOUND_PREFIX: "unbound prefix",
}


# Characters expat rejects anywhere in a document (carriage returns are newlines by now).
_invalid_char = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_hex_digits = re.compile(r"[0-9a-fA-F]*")
_digits = re.compile(r"[0-9]*")


def _bad_reference_end(text, amp):
    """Where a malformed &...; reference stops being valid (expat reports that column)."""
    i = amp + 1
    if text.startswith("#x", i):
        end = _hex_digits.match(text, i + 2).end()
        return end if end > i + 2 else i + 2
    if text.startswith("#", i):
        end = _digits.match(text, i + 1).end()
        return end if end > i + 1 else i + 1
    m = _name.match(text, i)
    return m.end() if m else i


def _utf8_complete(data):
    """The length of `data` without a UTF-8 sequence cut short at its end."""
    n = len(data)
    for back in range(1, min(n, 3) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return n - back if need > back else n
    return n


class _NeedMore(Exception):
    """The buffer ends inside a token: wait for the next feed()."""


class Scanner:
    def __init__(self, parser, encoding=None):
        self.parser = parser
        self.encoding = encoding
        # The text not yet consumed (buf[pos:]); what was consumed before buf's start is
        # remembered only as a count of characters and where it left line and column.
        self.buf = ""
        self.pos = 0
        self.consumed = 0
        self.line_base = 0
        self.column_base = 0
        self.started = False
        self.raw = b""
        self.held_cr = False
        self.names = []          # raw tags of the open elements
        self.ns_frames = []      # (depth, outer scope, declared prefixes) per declaring element
        self.scope = {"xml": _XML_NS}
        self.seen_root = False
        self.entities = {}
        # How _xmltok builds the tree itself for a stock TreeBuilder (see ElementTree).
        self.plan = None
        self.bind(parser.target)

    def bind(self, target):
        """Looks up the target's handlers once (the optional ones may be absent)."""
        self.target = target
        self.on_start = target.start
        self.on_end = target.end
        self.on_data = target.data
        self.on_start_ns = getattr(target, "start_ns", None)
        self.on_end_ns = getattr(target, "end_ns", None)
        self.on_comment = getattr(target, "comment", None)
        self.on_pi = getattr(target, "pi", None)

    # ---- input ----

    def feed(self, data):
        if isinstance(data, (bytes, bytearray)):
            data = self._decode(bytes(data))
        elif not isinstance(data, str):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._append(data)
        self._scan(final=False)

    def close(self):
        if self.raw:
            self._append(self.raw.decode(self.encoding or "utf-8", "replace"))
            self.raw = b""
        if self.held_cr:
            self.buf += "\n"
            self.held_cr = False
        self._scan(final=True)
        if not self.seen_root or self.names:
            self._error(NO_ELEMENTS, len(self.buf))

    def _decode(self, data):
        data = self.raw + data
        first = not self.started
        if self.encoding is None and first:
            m = _encoding_decl.search(data[:200].decode("latin-1"))
            if data[:5] == b"<?xml" and m:
                self.encoding = m.group(1)
        encoding = (self.encoding or "utf-8").lower()
        self.raw = b""
        if encoding.replace("-", "").replace("_", "") == "utf8":
            # A chunk may end inside a character: keep its first bytes for the next one.
            cut = _utf8_complete(data)
            data, self.raw = data[:cut], data[cut:]
        text = data.decode(encoding)
        if first and text:
            self.started = True
            if text[:1] == "\ufeff":
                text = text[1:]
        return text

    def _append(self, text):
        if self.held_cr:
            text = "\r" + text
            self.held_cr = False
        if text[-1:] == "\r":
            text = text[:-1]
            self.held_cr = True
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.buf += text

    # ---- errors ----

    def _error(self, code, offset):
        buf = self.buf
        line = self.line_base + buf.count("\n", 0, offset) + 1
        newline = buf.rfind("\n", 0, offset)
        column = offset - (newline + 1) if newline >= 0 else self.column_base + offset
        self.parser._error(_MESSAGES[code], code, line, column)

    def _trim(self):
        """Drops the consumed text, keeping the line and column where it ended."""
        pos = self.pos
        done = self.buf[:pos]
        newlines = done.count("\n")
        if newlines:
            self.line_base += newlines
            self.column_base = pos - (done.rfind("\n") + 1)
        else:
            self.column_base += pos
        self.consumed += pos
        self.buf = self.buf[pos:]
        self.pos = 0

    # ---- scanning ----

    def _scan(self, final):
        buf = self.buf
        n = len(buf)
        try:
            while self.pos < n:
                # The native tokenizer reads what it can; the token it stops at is read
                # here (an error, a DTD, namespaces, a token cut by the end of the chunk).
                start, self.seen_root, events = _xmltok.scan(
                    buf, self.pos, self.names, self.seen_root, self.scope,
                    self.ns_frames[-1][0] if self.ns_frames else -1, self.plan)
                self.pos = start
                if events:
                    self._dispatch(events)
                if start >= n:
                    break
                try:
                    if buf[start] == "<":
                        self.pos = self._markup(start, final)
                    else:
                        self.pos = self._text(start, final)
                except _NeedMore:
                    if final:
                        self._error(UNCLOSED_TOKEN if buf[start] == "<" else NO_ELEMENTS, start)
                    return
        finally:
            if self.pos > 4096:
                self._trim()

    def _dispatch(self, events):
        """Passes the tokenizer's (kind, a, b) events to the target."""
        on_start, on_end, on_data = self.on_start, self.on_end, self.on_data
        for kind, a, b in events:
            if kind == 0:
                on_start(a, b)
            elif kind == 1:
                on_end(a)
            elif kind == 2:
                on_data(a)
            elif kind == 3:
                if self.on_comment is not None:
                    self.on_comment(a)
            elif self.on_pi is not None:
                self.on_pi(a, b)

    def _text(self, start, final):
        buf = self.buf
        end = buf.find("<", start)
        if end < 0:
            if not final:
                # Wait unless this is the whole rest of the document.
                raise _NeedMore
            end = len(buf)
        text = buf[start:end]
        if not self.names:
            stripped = len(text) - len(text.lstrip(" \t\n"))
            if stripped < len(text):
                self._error(JUNK_AFTER_DOC_ELEMENT if self.seen_root else SYNTAX, start + stripped)
            return end
        bad = self._first_invalid(text)
        if bad >= 0:
            # A bad reference before it is reported first.
            self._expand(text[:bad], start)
            self._error(INVALID_TOKEN, start + bad)
        if "&" in text:
            text = self._expand(text, start)
        self.on_data(text)
        return end

    @staticmethod
    def _first_invalid(text):
        """Where character data first has what expat rejects (a forbidden character or
        the `>` of `]]>`), or -1."""
        m = _invalid_char.search(text)
        bad = m.start() if m else -1
        cdata_end = text.find("]]>")
        if cdata_end >= 0 and (bad < 0 or cdata_end + 2 < bad):
            bad = cdata_end + 2
        return bad

    def _check_chars(self, lo, hi):
        m = _invalid_char.search(self.buf, lo, hi)
        if m:
            self._error(INVALID_TOKEN, m.start())

    def _expand(self, text, offset, undefined_at=None):
        """`text` with references replaced; an undefined entity is reported at its own
        offset in text, or at `undefined_at` (an attribute's: its tag's start)."""
        out = []
        i = 0
        while True:
            amp = text.find("&", i)
            if amp < 0:
                out.append(text[i:])
                return "".join(out)
            out.append(text[i:amp])
            m = _ref.match(text, amp)
            if m is None:
                self._error(INVALID_TOKEN, offset + _bad_reference_end(text, amp))
            name, dec, hexa = m.groups()
            if name is not None:
                value = _PREDEFINED.get(name)
                if value is None:
                    value = self.parser.entity.get(name, self.entities.get(name))
                if value is None:
                    self._error(UNDEFINED_ENTITY, offset + amp if undefined_at is None else undefined_at)
            else:
                code = int(dec) if dec is not None else int(hexa, 16)
                if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (
                        code < 32 and code not in (9, 10, 13)):
                    self._error(BAD_CHAR_REF, offset + amp)
                value = chr(code)
            out.append(value)
            i = m.end()

    def _find(self, token, start):
        end = self.buf.find(token, start)
        if end < 0:
            raise _NeedMore
        return end

    def _markup(self, start, final):
        buf = self.buf
        if start + 1 >= len(buf):
            raise _NeedMore
        c = buf[start + 1]
        if c == "/":
            return self._end_tag(start)
        if c == "?":
            return self._pi(start)
        if c == "!":
            if buf.startswith("<!--", start):
                # The first `--` must close the comment.
                dash = buf.find("--", start + 4)
                self._check_chars(start + 4, dash if dash >= 0 else len(buf))
                if dash < 0 or dash + 2 >= len(buf):
                    raise _NeedMore
                if buf[dash + 2] != ">":
                    self._error(INVALID_TOKEN, dash + 2)
                self._comment(buf[start + 4:dash], start)
                return dash + 3
            if buf.startswith("<![CDATA[", start):
                end = buf.find("]]>", start + 9)
                self._check_chars(start + 9, end if end >= 0 else len(buf))
                if end < 0:
                    if final:
                        self._error(UNCLOSED_CDATA_SECTION, start)
                    raise _NeedMore
                if not self.names:
                    self._error(SYNTAX if not self.seen_root else JUNK_AFTER_DOC_ELEMENT, start)
                self.on_data(buf[start + 9:end])
                return end + 3
            if buf.startswith("<!DOCTYPE", start) and not self.seen_root:
                return self._doctype(start)
            if len(buf) - start < 9 and not final:
                raise _NeedMore
            if not self.names:
                self._error(SYNTAX, start + 1)
            self._error(INVALID_TOKEN, start + (3 if buf[start + 2:start + 3] == "-" else 2))
        return self._start_tag(start)

    def _comment(self, text, start):
        if self.on_comment is not None:
            self.on_comment(text)

    def _pi(self, start):
        buf = self.buf
        end = self._find("?>", start + 2)
        m = _name.match(buf, start + 2)
        if m is None or m.end() > end:
            self._error(INVALID_TOKEN, start + 2)
        target = m.group()
        if target.lower() == "xml":
            if self.consumed + start != 0:
                self._error(MISPLACED_XML_PI, start)
            return end + 2
        # A target is a name without a colon, then white space or the end.
        colon = target.find(":")
        if colon >= 0:
            self._error(INVALID_TOKEN, start + 2 + colon)
        if m.end() < end and buf[m.end()] not in " \t\n":
            self._error(INVALID_TOKEN, m.end())
        self._check_chars(m.end(), end)
        text = buf[m.end():end].lstrip(" \t\n")
        if self.on_pi is not None:
            self.on_pi(target, text)
        return end + 2

    def _doctype(self, start):
        buf = self.buf
        i = start + 9
        depth_end = None
        bracket = buf.find("[", i)
        close = self._find(">", i)
        if 0 <= bracket < close:
            subset_end = self._find("]", bracket)
            for m in _entity_decl.finditer(buf, bracket, subset_end):
                self.entities.setdefault(m.group(1), m.group(2)[1:-1])
            depth_end = self._find(">", subset_end)
        return (depth_end if depth_end is not None else close) + 1

    def _start_tag(self, start):
        buf = self.buf
        if self.seen_root and not self.names:
            self._error(JUNK_AFTER_DOC_ELEMENT, start)
        name = _name.match(buf, start + 1)
        if name is not None and name.group().count(":") > 1:
            # A qualified name has one colon; expat stops at the second.
            raw = name.group()
            self._error(INVALID_TOKEN, start + 1 + raw.index(":", raw.index(":") + 1))
        m = _start_tag.match(buf, start)
        if m is not None:
            raw_tag, text, empty = m.groups()
            attrs = []
            if text:
                for name, double, single in _attribute.findall(text):
                    value = double or single
                    if "&" in value or "\n" in value or "\t" in value or _invalid_char.search(value):
                        break
                    attrs.append((name, value))
                else:
                    if len(set(name for name, _ in attrs)) == len(attrs):
                        self._open(raw_tag, attrs, start)
                        if empty:
                            self._close(raw_tag)
                        return m.end()
            else:
                self._open(raw_tag, attrs, start)
                if empty:
                    self._close(raw_tag)
                return m.end()
        return self._start_tag_slowly(start)

    def _start_tag_slowly(self, start):
        buf = self.buf
        n = len(buf)
        m = _name.match(buf, start + 1)
        if m is None:
            if start + 1 >= n:
                raise _NeedMore
            self._error(INVALID_TOKEN, start + 1)
        raw_tag = m.group()
        i = m.end()
        attrs = []
        names = set()
        while True:
            ws = _space.match(buf, i).end()
            if ws >= n:
                raise _NeedMore
            c = buf[ws]
            if c == ">" or c == "/":
                if c == "/":
                    if ws + 1 >= n:
                        raise _NeedMore
                    if buf[ws + 1] != ">":
                        self._error(INVALID_TOKEN, ws)
                    end, empty = ws + 2, True
                else:
                    end, empty = ws + 1, False
                break
            a = _name.match(buf, ws)
            if a is None or ws == i:
                self._error(INVALID_TOKEN, ws)
            eq = _eq.match(buf, a.end())
            if eq is None:
                if _space.match(buf, a.end()).end() >= n:
                    raise _NeedMore
                self._error(INVALID_TOKEN, _space.match(buf, a.end()).end())
            v = eq.end()
            if v >= n:
                raise _NeedMore
            quote = buf[v]
            if quote != '"' and quote != "'":
                self._error(INVALID_TOKEN, v)
            close = buf.find(quote, v + 1)
            if close < 0:
                raise _NeedMore
            value = buf[v + 1:close]
            lt = value.find("<")
            bad = _invalid_char.search(value)
            if bad and (lt < 0 or bad.start() < lt):
                lt = bad.start()
            if lt >= 0:
                self._error(INVALID_TOKEN, v + 1 + lt)
            name = a.group()
            if name in names:
                self._error(DUPLICATE_ATTRIBUTE, ws)
            names.add(name)
            # Literal tabs and newlines become spaces; characters from references stay.
            if "\n" in value or "\t" in value:
                value = value.replace("\n", " ").replace("\t", " ")
            if "&" in value:
                value = self._expand(value, v + 1, start)
            attrs.append((name, value))
            i = close + 1
        self._open(raw_tag, attrs, start)
        if empty:
            self._close(raw_tag)
        return end

    def _open(self, raw_tag, attrs, start):
        scope = self.scope
        if len(scope) == 1 and ":" not in raw_tag and not attrs:
            # No namespaces in play: the common case of a plain tag.
            self.names.append(raw_tag)
            self.seen_root = True
            self.on_start(raw_tag, {})
            return
        declared = []
        plain = attrs
        if any(n == "xmlns" or n.startswith("xmlns:") for n, _ in attrs):
            scope = dict(scope)
            plain = []
            for name, value in attrs:
                if name == "xmlns":
                    scope[""] = value
                    declared.append(("", value))
                elif name.startswith("xmlns:"):
                    scope[name[6:]] = value
                    declared.append((name[6:], value))
                else:
                    plain.append((name, value))
        if self.on_start_ns is not None:
            for prefix, uri in declared:
                self.on_start_ns(prefix, uri)
        tag = self._qualify(raw_tag, scope, True, start)
        attrib = {}
        for name, value in plain:
            if ":" in name:
                name = self._qualify(name, scope, False, start)
                if name in attrib:
                    # Two prefixes bound to one URI.
                    self._error(DUPLICATE_ATTRIBUTE, start)
            attrib[name] = value
        if declared:
            self.ns_frames.append((len(self.names), self.scope, declared))
        self.names.append(raw_tag)
        self.scope = scope
        self.seen_root = True
        self.on_start(tag, attrib)

    def _qualify(self, name, scope, is_tag, start):
        if len(scope) == 1 and ":" not in name:
            return name
        prefix, colon, local = name.partition(":")
        if not colon:
            uri = scope.get("") if is_tag else None
            return "{%s}%s" % (uri, name) if uri else name
        uri = scope.get(prefix)
        if uri is None:
            self._error(UNBOUND_PREFIX, start)
        return "{%s}%s" % (uri, local)

    def _close(self, raw_tag):
        self.names.pop()
        tag = self._qualify(raw_tag, self.scope, True, 0)
        declared = ()
        frames = self.ns_frames
        if frames and frames[-1][0] == len(self.names):
            _, self.scope, declared = frames.pop()
        self.on_end(tag)
        if declared and self.on_end_ns is not None:
            for prefix, _ in reversed(declared):
                self.on_end_ns(prefix)

    def _end_tag(self, start):
        buf = self.buf
        m = _end_tag.match(buf, start)
        if m is not None and self.names and self.names[-1] == m.group(1):
            self._close(m.group(1))
            return m.end()
        m = _name.match(buf, start + 2)
        if m is None:
            if start + 2 >= len(buf):
                raise _NeedMore
            self._error(INVALID_TOKEN, start + 2)
        end = _space.match(buf, m.end()).end()
        if end >= len(buf):
            raise _NeedMore
        if buf[end] != ">":
            self._error(INVALID_TOKEN, end)
        if not self.names or self.names[-1] != m.group():
            self._error(TAG_MISMATCH if self.names else JUNK_AFTER_DOC_ELEMENT, start + 2)
        self._close(m.group())
        return end + 1

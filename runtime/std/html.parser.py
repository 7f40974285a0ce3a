"""A simple, tolerant HTML tokenizer: HTMLParser calls handle_* methods for the tags, text,
comments, references and declarations of the text fed to it, as CPython 3.13's html.parser."""

import re
from html import unescape

__all__ = ['HTMLParser']

_INTERESTING_NORMAL = re.compile('[&<]')
_INCOMPLETE = re.compile('&[a-zA-Z#]')
_ENTITYREF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_CHARREF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_STARTTAGOPEN = re.compile('<[a-zA-Z]')
_PICLOSE = re.compile('>')
_COMMENTCLOSE = re.compile(r'--\s*>')
_TAGFIND = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTRFIND = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# The longest prefix of a start tag: its name, then attributes with optional values.
_STARTTAG_END = re.compile(
    r'<[a-zA-Z][^\t\n\r\f />\x00]*'
    r'(?:[\s/]*(?:(?<=[\'"\s/])[^\s/>][^\s/=>]*(?:\s*=+\s*(?:\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*)\s*)?'
    r'(?:\s|/(?!>))*)*)?\s*')
_ENDENDTAG = re.compile('>')
_ENDTAGFIND = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_DECLNAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_MARKED_SECTION_CLOSE = re.compile(r']\s*]\s*>')
_MS_MARKED_SECTION_CLOSE = re.compile(r']\s*>')
_REF_END = re.compile(r'[\s;]')
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class HTMLParser:
    """Find tags and other markup and call handler functions.

    Usage: p = HTMLParser(); p.feed(data); ...; p.close(). Entity and character references
    in text are converted when convert_charrefs is true (the default)."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance. Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _INTERESTING_NORMAL
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        """Feed data to the parser; it may be any amount of text, even a part of a tag."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handle any buffered data."""
        self.goahead(1)

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Moves the (line, offset) position over rawdata[i:j].
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    __starttag_text = None

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _INTERESTING_NORMAL
        self.cdata_elem = None

    def _text(self, i, j):
        text = self.rawdata[i:j]
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _next_text_end(self, i):
        """Where the text starting at i ends, or -1 to wait for more input."""
        rawdata = self.rawdata
        n = len(rawdata)
        if self.convert_charrefs and not self.cdata_elem:
            j = rawdata.find('<', i)
            if j >= 0:
                return j
            # A reference may be cut in two by the end of this chunk: keep the text until
            # its end is seen.
            amp = rawdata.rfind('&', max(i, n - 34))
            if amp >= 0 and not _REF_END.search(rawdata, amp):
                return -1
            return n
        m = self.interesting.search(rawdata, i)
        if m:
            return m.start()
        return -1 if self.cdata_elem else n

    def goahead(self, end):
        # Handles the buffered data; with end false, stops at anything that may continue in
        # the next chunk.
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._next_text_end(i)
            if j < 0:
                break
            if i < j:
                self._text(i, j)
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                k = self._parse_markup(i, n, end)
                if k is None:
                    break
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _CHARREF.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            else:
                m = _ENTITYREF.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if not rawdata.startswith(';', k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                m = _INCOMPLETE.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(i, n)
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def _parse_markup(self, i, n, end):
        """Handles the markup starting with '<' at i; returns where it ends, or None to wait
        for more input."""
        rawdata = self.rawdata
        if _STARTTAGOPEN.match(rawdata, i):
            k = self.parse_starttag(i)
        elif rawdata.startswith("</", i):
            k = self.parse_endtag(i)
        elif rawdata.startswith("<!--", i):
            k = self.parse_comment(i)
        elif rawdata.startswith("<?", i):
            k = self.parse_pi(i)
        elif rawdata.startswith("<!", i):
            k = self.parse_html_declaration(i)
        elif i + 1 < n or end:
            self.handle_data("<")
            k = i + 1
        else:
            return None
        if k >= 0:
            return k
        if not end:
            return None
        # Unfinished markup at the end of the input is text, up to its '>' if any.
        k = rawdata.find('>', i + 1)
        if k < 0:
            k = rawdata.find('<', i + 1)
            if k < 0:
                k = i + 1
        else:
            k += 1
        self._text(i, k)
        return k

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _COMMENTCLOSE.search(rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start()])
        return m.end()

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            m = _MARKED_SECTION_CLOSE.search(rawdata, i + 3)
        elif name in {"if", "else", "endif"}:
            # Microsoft Office's conditional sections end with ']>'.
            m = _MS_MARKED_SECTION_CLOSE.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:m.start()])
        return m.end()

    def _scan_name(self, i, declstartpos):
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _DECLNAME.match(rawdata, i)
        if m:
            s = m.group()
            if i + len(s) == n:
                return None, -1
            return s.strip().lower(), m.end()
        self.updatepos(declstartpos, i)
        raise AssertionError("expected name token at %r" % rawdata[declstartpos:declstartpos + 20])

    def parse_pi(self, i):
        rawdata = self.rawdata
        m = _PICLOSE.search(rawdata, i + 2)
        if not m:
            return -1
        self.handle_pi(rawdata[i + 2:m.start()])
        return m.end()

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        m = _TAGFIND.match(rawdata, i + 1)
        k = m.end()
        self.lasttag = tag = m.group(1).lower()
        attrs = []
        while k < endpos:
            m = _ATTRFIND.match(rawdata, k)
            if not m:
                break
            attrs.append(_attribute(*m.group(1, 2, 3)))
            k = m.end()
        end = rawdata[k:endpos].strip()
        if end not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends, or -1 when it may continue in the next chunk."""
        rawdata = self.rawdata
        m = _STARTTAG_END.match(rawdata, i)
        j = m.end()
        following = rawdata[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            return -1
        if following == "" or following in _LETTERS or following in "=/":
            return -1
        return j if j > i else i + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        m = _ENDENDTAG.search(rawdata, i + 1)
        if not m:
            return -1
        gtpos = m.end()
        m = _ENDTAGFIND.match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:gtpos])
                return gtpos
            namematch = _TAGFIND.match(rawdata, i + 2)
            if not namematch:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            # Whatever follows the name up to the next '>' is ignored.
            gtpos = rawdata.find('>', namematch.end())
            self.handle_endtag(namematch.group(1).lower())
            return gtpos + 1
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:gtpos])
            return gtpos
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return gtpos

    # Overridable handlers: the defaults ignore everything.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass


def _attribute(name, rest, value):
    """(name, value) of one attribute: the value unquoted and unescaped, None without '='."""
    if not rest:
        value = None
    elif value[:1] == '\'' == value[-1:] or value[:1] == '"' == value[-1:]:
        value = value[1:-1]
    if value:
        value = unescape(value)
    return name.lower(), value

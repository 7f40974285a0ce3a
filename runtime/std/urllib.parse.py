"""Parse URLs into components and build them back, as CPython 3.13 does: urlparse, urlsplit,
urlunparse, urlunsplit, urljoin, urldefrag (results with geturl(), username, password,
hostname, port), quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
unquote_to_bytes, urlencode, parse_qs, parse_qsl; str or bytes arguments.

Not supported: the deprecated split*/to_bytes/unwrap helpers, and the NFKC check CPython
applies to non-ASCII network locations.
"""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes", "ParseResultBytes",
           "SplitResultBytes"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero",
                 "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
               "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git",
               "git+ssh", "ws", "wss", "itms-services"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps", "rtspu", "sip",
               "sips", "mms", "sftp", "tel"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

_C0_CONTROL_OR_SPACE = "".join(chr(i) for i in range(33))
_UNSAFE_URL_CHARS = "\t\r\n"


# ---- str / bytes arguments ----

def _coerce_args(*args):
    """The arguments as str, and how to turn a result back into the arguments' type: all str
    (empty strings of either type are fine) or all bytes, which are decoded as ASCII."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_identity,)
    decoded = []
    for arg in args:
        if isinstance(arg, str):
            decoded.append(arg)
            continue
        try:
            decoded.append(bytes(arg).decode("ascii", "strict"))
        except TypeError:
            raise TypeError("Cannot mix str and non-str arguments") from None
    return tuple(decoded) + (_encode_result,)


def _identity(x):
    return x


def _encode_result(obj):
    return obj.encode("ascii", "strict")


# ---- result types ----

class _NetlocResultMixin:
    """username, password, hostname and port of a result's netloc."""

    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition(self._at)
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(self._colon)
        return username, (password if have_password else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(self._at)[2]
        _, have_open_br, bracketed = hostinfo.partition(self._open_br)
        if have_open_br:
            hostname, _, port = bracketed.partition(self._close_br)
            port = port.partition(self._colon)[2]
        else:
            hostname, _, port = hostinfo.partition(self._colon)
        return hostname, (port if port else None)

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone after '%' keeps its case.
        hostname, percent, zone = hostname.partition(self._percent)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        text = port if isinstance(port, str) else port.decode("ascii", "replace")
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(text)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port


class _StrParts:
    __slots__ = ()
    _at, _colon, _open_br, _close_br, _percent = "@", ":", "[", "]", "%"


class _BytesParts:
    __slots__ = ()
    _at, _colon, _open_br, _close_br, _percent = b"@", b":", b"[", b"]", b"%"


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url

    def encode(self, encoding="ascii", errors="strict"):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocResultMixin, _StrParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding="ascii", errors="strict"):
        return SplitResultBytes(*(x.encode(encoding, errors) for x in self))


class ParseResult(namedtuple("ParseResult", "scheme netloc path params query fragment"), _NetlocResultMixin,
                  _StrParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding="ascii", errors="strict"):
        return ParseResultBytes(*(x.encode(encoding, errors) for x in self))


class DefragResultBytes(namedtuple("DefragResultBytes", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + b"#" + self.fragment if self.fragment else self.url

    def decode(self, encoding="ascii", errors="strict"):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(namedtuple("SplitResultBytes", "scheme netloc path query fragment"), _NetlocResultMixin,
                       _BytesParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding="ascii", errors="strict"):
        return SplitResult(*(x.decode(encoding, errors) for x in self))


class ParseResultBytes(namedtuple("ParseResultBytes", "scheme netloc path params query fragment"),
                       _NetlocResultMixin, _BytesParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding="ascii", errors="strict"):
        return ParseResult(*(x.decode(encoding, errors) for x in self))


def _encoded(result, kind):
    """A str result as its bytes counterpart (for bytes arguments)."""
    return kind(*(x.encode("ascii", "strict") for x in result))


# ---- parsing ----

def _splitnetloc(url, start=0):
    end = len(url)
    for c in "/?#":
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


def _check_bracketed_netloc(netloc):
    _check_bracketed_host(netloc.partition("[")[2].partition("]")[0])


def _check_bracketed_host(hostname):
    if hostname.startswith("v"):
        # IPvFuture: v<hex>.<chars>
        head, dot, rest = hostname[1:].partition(".")
        if not (head and dot and rest and all(c in "0123456789abcdefABCDEF" for c in head)):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    address, percent, zone = hostname.partition("%")
    if not _is_ipv6(address) or (percent and (not zone or "%" in zone)):
        raise ValueError(f"{hostname!r} does not appear to be an IPv4 or IPv6 address")


def _is_ipv4(text):
    octets = text.split(".")
    return len(octets) == 4 and all(o.isdigit() and o.isascii() and len(o) <= 3 and int(o) <= 255 and
                                    (o == "0" or not o.startswith("0")) for o in octets)


def _is_ipv6(text):
    if text.count("::") > 1 or not text or ":::" in text:
        return False
    if (text.startswith(":") and not text.startswith("::")) or (text.endswith(":") and not text.endswith("::")):
        return False
    parts = text.split(":")
    if parts and "." in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts = parts[:-1] + ["0", "0"]
    if "::" in text:
        if len([p for p in parts if p]) > 7:
            return False
    elif len(parts) != 8:
        return False
    for p in parts:
        if p and (len(p) > 4 or not all(c in "0123456789abcdefABCDEF" for c in p)):
            return False
    return True


def urlsplit(url, scheme="", allow_fragments=True):
    """Split a URL into 5 parts: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_URL_CHARS:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha() and all(c in scheme_chars for c in url[:i]):
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc and "]" in netloc:
            _check_bracketed_netloc(netloc)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if coerce is _identity else _encoded(result, SplitResultBytes)


def _splitparams(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """Parse a URL into 6 components: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ";" in url:
        url, params = _splitparams(url)
    else:
        params = ""
    result = ParseResult(scheme, netloc, url, params, query, fragment)
    return result if coerce is _identity else _encoded(result, ParseResultBytes)


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a complete URL."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc:
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + netloc + url
    elif url[:2] == "//":
        url = "//" + url
    elif scheme and scheme in uses_netloc and (not url or url[:1] == "/"):
        url = "//" + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return coerce(url)


def urlunparse(components):
    """Put a parsed URL back together."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = f"{url};{params}"
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        # The base's last segment is a file name, not a directory: drop it.
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        # Empty inner segments would give doubled slashes: drop them.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == "..":
            if resolved:
                resolved.pop()
        elif seg != ".":
            resolved.append(seg)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return coerce(urlunparse((scheme, netloc, "/".join(resolved) or "/", params, query, fragment)))


def urldefrag(url):
    """Removes any existing fragment from URL: (URL without fragment, fragment)."""
    url, coerce = _coerce_args(url)
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    result = DefragResult(defrag, frag)
    return result if coerce is _identity else _encoded(result, DefragResultBytes)


# ---- quoting ----

_HEXDIG = "0123456789ABCDEFabcdef"
_HEX_TO_BYTE = {(a + b).encode(): bytes.fromhex(a + b) for a in _HEXDIG for b in _HEXDIG}
_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split  # a TypeError for None and other non-strings, as CPython gives
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    bits = string.split(b"%")
    if len(bits) == 1:
        return string
    out = [bits[0]]
    for item in bits[1:]:
        byte = _HEX_TO_BYTE.get(item[:2])
        if byte is None:
            out.append(b"%")
            out.append(item)
        else:
            out.append(byte)
            out.append(item[2:])
    return b"".join(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %xx escapes by their single-character equivalent (runs of escapes are decoded
    together, as `encoding`)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    # Decode the ASCII stretches (where escapes are); other characters stay as they are.
    out = []
    start = 0
    n = len(string)
    while start < n:
        ascii_run = string[start].isascii()
        end = start + 1
        while end < n and string[end].isascii() == ascii_run:
            end += 1
        piece = string[start:end]
        out.append(unquote_to_bytes(piece).decode(encoding, errors) if ascii_run else piece)
        start = end
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like unquote(), but also replace plus signs by spaces."""
    return unquote(string.replace("+", " "), encoding, errors)


def quote_from_bytes(bs, safe="/"):
    """Like quote(), but accepts a bytes object rather than a str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE | frozenset(safe)
    return "".join(chr(b) if b in keep else "%{:02X}".format(b) for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    """Each character not in _ALWAYS_SAFE or `safe` becomes %XX escapes of its bytes (UTF-8
    by default)."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as HTML forms do."""
    if (isinstance(string, str) and " " not in string) or (isinstance(string, bytes) and b" " not in string):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


# ---- query strings ----

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    """Parse a query given as a string argument into a list of (name, value) pairs."""
    if not qs:
        return []
    qs, coerce = _coerce_args(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(separator, bytes):
        separator = separator.decode("ascii")
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        nv = field.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append("")
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace("+", " "), encoding=encoding, errors=errors)
            pairs.append((coerce(name), coerce(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    """Parse a query given as a string argument into a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def quoted(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = quoted(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + "=" + quoted(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + "=" + quoted(v))
        else:
            for item in v:
                parts.append(k + "=" + quoted(item))
    return "&".join(parts)

# A pure-Python JSON loads/dumps for the json benchmark: what a runtime without a native json
# module would run. Compact output like json.dumps() defaults (', ', ': ', ensure_ascii).

_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _str(s):
    out = ['"']
    for c in s:
        if c in _ESC:
            out.append(_ESC[c])
        elif ' ' <= c <= '~':
            out.append(c)
        else:
            n = ord(c)
            if n > 0xFFFF:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 + (n >> 10), 0xDC00 + (n & 0x3FF)))
            else:
                out.append('\\u%04x' % n)
    out.append('"')
    return ''.join(out)


def _dump(o, out):
    if o is None:
        out.append('null')
    elif o is True:
        out.append('true')
    elif o is False:
        out.append('false')
    elif isinstance(o, str):
        out.append(_str(o))
    elif isinstance(o, int):
        out.append(str(o))
    elif isinstance(o, float):
        out.append(repr(o))
    elif isinstance(o, (list, tuple)):
        out.append('[')
        for i, x in enumerate(o):
            if i:
                out.append(', ')
            _dump(x, out)
        out.append(']')
    elif isinstance(o, dict):
        out.append('{')
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(', ')
            out.append(_str(k))
            out.append(': ')
            _dump(v, out)
        out.append('}')
    else:
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')


def dumps(o):
    out = []
    _dump(o, out)
    return ''.join(out)


_WS = ' \t\n\r'
_SIMPLE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class _Parser:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def ws(self):
        s, i = self.s, self.i
        while i < len(s) and s[i] in _WS:
            i += 1
        self.i = i

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        if self.s.startswith('null', self.i):
            self.i += 4
            return None
        if self.s.startswith('true', self.i):
            self.i += 4
            return True
        if self.s.startswith('false', self.i):
            self.i += 5
            return False
        return self.number()

    def obj(self):
        self.i += 1
        d = {}
        self.ws()
        if self.s[self.i] == '}':
            self.i += 1
            return d
        while True:
            self.ws()
            k = self.string()
            self.ws()
            self.i += 1  # ':'
            d[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == '}':
                return d

    def arr(self):
        self.i += 1
        a = []
        self.ws()
        if self.s[self.i] == ']':
            self.i += 1
            return a
        while True:
            a.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == ']':
                return a

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        start = i
        while True:
            c = s[i]
            if c == '"':
                out.append(s[start:i])
                self.i = i + 1
                return ''.join(out)
            if c == '\\':
                out.append(s[start:i])
                e = s[i + 1]
                if e == 'u':
                    n = int(s[i + 2:i + 6], 16)
                    i += 6
                    if 0xD800 <= n < 0xDC00 and s[i:i + 2] == '\\u':
                        lo = int(s[i + 2:i + 6], 16)
                        n = 0x10000 + ((n - 0xD800) << 10) + (lo - 0xDC00)
                        i += 6
                    out.append(chr(n))
                else:
                    out.append(_SIMPLE[e])
                    i += 2
                start = i
            else:
                i += 1

    def number(self):
        s, i = self.s, self.i
        j = i
        is_float = False
        while j < len(s) and s[j] in '+-0123456789.eE':
            if s[j] in '.eE':
                is_float = True
            j += 1
        self.i = j
        return float(s[i:j]) if is_float else int(s[i:j])


def loads(s):
    p = _Parser(s)
    v = p.value()
    p.ws()
    if p.i != len(s):
        raise ValueError('Extra data')
    return v

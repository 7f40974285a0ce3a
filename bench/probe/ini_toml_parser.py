"""Tokenize and parse a TOML/INI subset, then evaluate and checksum the tables."""
import re
from collections import OrderedDict, ChainMap

TOKEN = re.compile(r"""
    (?P<ws>[ \t]+)
  | (?P<comment>\#[^\n]*)
  | (?P<nl>\n)
  | (?P<lbrack>\[)
  | (?P<rbrack>\])
  | (?P<eq>=)
  | (?P<comma>,)
  | (?P<float>-?\d+\.\d+(?:[eE][-+]?\d+)?)
  | (?P<int>-?(?:0x[0-9a-fA-F_]+|\d[\d_]*))
  | (?P<bool>true|false)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<key>[A-Za-z_][A-Za-z0-9_.-]*)
""", re.VERBOSE)

class ParseError(Exception):
    def __init__(self, msg, line):
        super().__init__(f"{msg} at line {line}")
        self.line = line

def tokenize(src):
    line = 1
    pos = 0
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise ParseError(f"bad char {src[pos]!r}", line)
        kind = m.lastgroup
        text = m.group(kind)
        pos = m.end()
        if kind == "nl":
            line += 1
            yield ("nl", text, line - 1)
        elif kind not in ("ws", "comment"):
            yield (kind, text, line)
    yield ("eof", "", line)

ESC = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}

def unquote(s):
    return re.sub(r"\\(.)", lambda m: ESC.get(m.group(1), m.group(1)), s[1:-1])

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None):
        tok = self.toks[self.i]
        if kind is not None and tok[0] != kind:
            raise ParseError(f"expected {kind}, got {tok[0]} {tok[1]!r}", tok[2])
        self.i += 1
        return tok

    def value(self):
        kind, text, line = self.peek()
        if kind == "int":
            self.take()
            return int(text.replace("_", ""), 0)
        if kind == "float":
            self.take()
            return float(text)
        if kind == "bool":
            self.take()
            return text == "true"
        if kind == "str":
            self.take()
            return unquote(text)
        if kind == "lbrack":
            self.take()
            items = []
            while self.peek()[0] != "rbrack":
                items.append(self.value())
                if self.peek()[0] == "comma":
                    self.take()
            self.take("rbrack")
            return items
        raise ParseError(f"unexpected {kind}", line)

    def document(self):
        root = OrderedDict()
        table = root
        while self.peek()[0] != "eof":
            kind = self.peek()[0]
            if kind == "nl":
                self.take()
            elif kind == "lbrack":
                self.take()
                name = self.take("key")[1]
                self.take("rbrack")
                table = root
                for part in name.split("."):
                    table = table.setdefault(part, OrderedDict())
            else:
                key = self.take("key")[1]
                self.take("eq")
                table[key] = self.value()
        return root

def make_source(n):
    out = ["# generated config", 'title = "probe \\"cfg\\""', ""]
    for i in range(n):
        out.append(f"[server.s{i}]")
        out.append(f'host = "10.0.{i % 256}.{(i * 7) % 256}"')
        out.append(f"port = {8000 + i}")
        out.append(f"weight = {i * 0.25 + 0.5}")
        out.append(f"enabled = {'true' if i % 3 else 'false'}")
        out.append(f"tags = [\"t{i % 5}\", \"z{i % 2}\", {i}]")
        out.append(f"mask = 0x{i * 31:04x}")
        out.append(f"big = 1_000_{i:03d}  # trailing")
        out.append("")
    return "\n".join(out)

def walk(d, prefix=""):
    for k, v in d.items():
        path = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from walk(v, path)
        else:
            yield path, v

def main():
    src = make_source(60)
    total = 0
    for rep in range(40):
        doc = Parser(src).document()
        items = list(walk(doc))
        total += len(items)
    print("title:", doc["title"])
    print("servers:", len(doc["server"]))
    s5 = doc["server"]["s5"]
    print(s5)
    defaults = {"port": 80, "timeout": 30, "enabled": True}
    cm = ChainMap(dict(doc["server"]["s0"]), defaults)
    print(cm["timeout"], cm["port"], cm["enabled"], len(cm), sorted(cm))
    ports = sum(v for p, v in items if p.endswith(".port"))
    weights = sum(v for p, v in items if p.endswith(".weight"))
    masks = 0
    for p, v in items:
        if p.endswith(".mask"):
            masks ^= v
    print("ports", ports, "weights", weights, "masks", hex(masks), "items", total)
    doc["server"].move_to_end("s0")
    print(list(doc["server"])[:3], list(doc["server"])[-1])
    for bad in ['x = [1, 2', 'y = @', '[a\nb = 1', 'k = "unterminated']:
        try:
            Parser(bad).document()
        except ParseError as e:
            print("error:", e, e.line, repr(e))

main()

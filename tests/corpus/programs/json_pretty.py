def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = (",\n").join(pad + dumps(v, indent, level + 1) for v in value)
        return "[\n" + inner + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = (",\n").join(f"{pad}{escape(str(k))}: {dumps(v, indent, level + 1)}" for k, v in value.items())
        return "{\n" + inner + "\n" + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

class Parser:
    def __init__(self, text):
        self.t = text
        self.i = 0
    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t\r":
            self.i += 1
    def parse(self):
        self.ws()
        c = self.t[self.i]
        if c == "{":
            self.i += 1
            obj = {}
            self.ws()
            if self.t[self.i] == "}":
                self.i += 1
                return obj
            while True:
                self.ws()
                k = self.parse()
                self.ws()
                assert self.t[self.i] == ":"
                self.i += 1
                obj[k] = self.parse()
                self.ws()
                if self.t[self.i] == ",":
                    self.i += 1
                    continue
                assert self.t[self.i] == "}"
                self.i += 1
                return obj
        if c == "[":
            self.i += 1
            arr = []
            self.ws()
            if self.t[self.i] == "]":
                self.i += 1
                return arr
            while True:
                arr.append(self.parse())
                self.ws()
                if self.t[self.i] == ",":
                    self.i += 1
                    continue
                self.i += 1
                return arr
        if c == '"':
            j = self.i + 1
            buf = []
            while self.t[j] != '"':
                if self.t[j] == "\\":
                    j += 1
                    buf.append({"n": "\n", "t": "\t"}.get(self.t[j], self.t[j]))
                else:
                    buf.append(self.t[j])
                j += 1
            self.i = j + 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.t.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.t) and self.t[j] in "+-0123456789.eE":
            j += 1
        num = self.t[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)

doc = {"name": "Edge", "version": [0, 1, 0], "tags": ["fast", "small"], "nested": {"a": None, "b": True,
       "c": 1.5, "d": [], "e": {}}, "quote": 'say "hi"\n\tbye', "big": 2 ** 70, "neg": -3.25e-5}
text = dumps(doc)
print(text)
back = Parser(text).parse()
print(back == doc)
print(dumps(Parser('[1, 2.5, "x", {"k": [true, false, null]}]').parse(), indent=1))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

# IOBase.readlines reads by iterating the stream (a subclass's __iter__/__next__, the hint
# passed when a line takes the total past it; BytesIO's own stops on reaching it), the
# closed-file errors of each stream kind, ZipExtFile's inherited readlines, and the generic
# IOBase.readline / RawIOBase.read over readinto.
import io, zipfile
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""
class Iter(io.IOBase):
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return f"it{self.n}\n"
    def readline(self, size=-1):
        return "never\n"
class Raw(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 2)
        b[:n] = self.data[self.pos:self.pos + n]; self.pos += n
        return n
    def readable(self): return True

text = "ab\ncd\nef\ngh"
for hint in [-1, 0, 1, 3, 5, 6, 7, 100, None, True]:
    attempt(f"lines hint={hint!r}", lambda: Lines(text.splitlines(True)).readlines(hint))
    attempt(f"stringio hint={hint!r}", lambda: io.StringIO(text).readlines(hint))
    attempt(f"bytesio hint={hint!r}", lambda: io.BytesIO(text.encode()).readlines(hint))
attempt("hint str", lambda: Lines([]).readlines("x"))
attempt("hint float", lambda: io.StringIO("a").readlines(1.5))
attempt("iter subclass", lambda: Iter().readlines())
attempt("iter subclass hint", lambda: Iter().readlines(4))
attempt("raw", lambda: Raw(b"hello\nworld\n!").readlines())
attempt("raw iter", lambda: list(Raw(b"x\ny")))
for make in [lambda: Lines(["a\n"]), lambda: io.StringIO("a\n"), lambda: io.BytesIO(b"a\n"), lambda: Raw(b"a\n")]:
    f = make(); name = type(f).__name__
    f.close()
    attempt(f"{name} closed readlines", lambda: f.readlines())
    attempt(f"{name} closed readlines 5", lambda: f.readlines(5))
    attempt(f"{name} closed iter", lambda: iter(f) is f)
    attempt(f"{name} closed next", lambda: next(f))
    attempt(f"{name} closed readline", lambda: f.readline())
    attempt(f"{name} closed with", lambda: f.__enter__())
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("a.txt", "one\ntwo\nthree\n")
with zipfile.ZipFile(buf) as z:
    with z.open("a.txt") as m:
        print(m.readlines(), m.readlines())
    with z.open("a.txt") as m:
        print(m.readlines(4), next(m), list(m))
    m = z.open("a.txt")
    print(type(m).__name__, m.readline())
    m.close()
    attempt("zip closed readlines", lambda: m.readlines())
    attempt("zip closed iter", lambda: iter(m))
    attempt("zip closed next", lambda: next(m))
    attempt("zip closed read", lambda: m.read())
with open("_io_readlines_tmp.txt", "w") as f:
    f.write(text)
for mode in ["r", "rb"]:
    with open("_io_readlines_tmp.txt", mode) as f:
        print(mode, f.readlines(5), f.readlines(), f.readlines())
    attempt(f"file {mode} closed readlines", lambda: f.readlines())
    attempt(f"file {mode} closed iter", lambda: iter(f))
    attempt(f"file {mode} closed next", lambda: next(f))
    with open("_io_readlines_tmp.txt", mode) as f:
        for h in [1, 3, 6]:
            print(mode, h, f.readlines(h))
import os; os.remove("_io_readlines_tmp.txt")

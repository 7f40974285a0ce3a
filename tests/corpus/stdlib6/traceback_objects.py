# Traceback objects (tb_next, tb_frame, f_code, f_back) and the traceback module's
# extract/format/print functions, StackSummary, FrameSummary and TracebackException.
import io
import sys
import traceback

_print = print


def print(*args, sep=" ", end="\n"):
    # The script's path differs from checkout to checkout: shown as <file>.
    _print(sep.join(str(a) for a in args).replace(__file__, "<file>"), end=end)


def leaf(x):
    return 10 // x


def middle(x):
    y = x - 1
    return leaf(y)


def top():
    return middle(1)


try:
    top()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, sys.exc_info()[2] is tb)
    names = []
    t = tb
    while t is not None:
        # (A running frame's f_lineno is its current line: only finished frames here.)
        lineno = t.tb_frame.f_lineno if t is not tb else None
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno, lineno))
        t = t.tb_next
    print(names)
    inner = tb.tb_next.tb_next.tb_next
    print(inner.tb_frame.f_code.co_name, inner.tb_frame.f_back.f_code.co_name)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    stack = traceback.extract_tb(tb)
    print(type(stack).__name__, len(stack))
    for fs in stack:
        print(repr(fs), fs.name, fs.lineno, repr(fs.line), fs == (fs.filename, fs.lineno, fs.name, fs.line))
        filename, lineno, name, line = fs
        print(name, lineno, line, fs[2], len(fs))
    print("".join(traceback.format_tb(tb)), end="")
    print("".join(traceback.format_tb(tb, limit=2)), end="")
    print("".join(traceback.format_tb(tb, limit=-1)), end="")
    print([fs.name for fs in traceback.extract_tb(tb.tb_next)])
    buf = io.StringIO()
    traceback.print_tb(tb, limit=1, file=buf)
    print(buf.getvalue(), end="")
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type_str, te.exc_type is ZeroDivisionError, len(te.stack))
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))

print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 7, "g", None)]), end="")
s = traceback.StackSummary.from_list([("c.py", 1, "h", "pass")])
print(s, s[0].line)
fs = traceback.FrameSummary("nofile.py", 12, "fn", line="  spam()  ")
print(fs.line, fs, list(fs))
print(traceback.FrameSummary("nofile.py", 12, "fn").line == "")


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    return rec(n - 1)


try:
    rec(8)
except RuntimeError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines))
    print("".join(lines), end="")


def where():
    return traceback.extract_stack()


def outer():
    return where()


st = outer()
print([(f.name, f.line) for f in st])
print([f.name for f in traceback.extract_stack(limit=1)])


def show_stack():
    buf = io.StringIO()
    traceback.print_stack(file=buf, limit=2)
    return buf.getvalue()


print(show_stack(), end="")
print(len(traceback.format_stack()))

# Chained exceptions through TracebackException, with and without the chain.
try:
    try:
        {}["key"]
    except KeyError as exc:
        raise ValueError("converted") from exc
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.__cause__.exc_type_str, te.__context__ is not None, te.__suppress_context__)
    print("".join(te.format()), end="")
    print("".join(te.format(chain=False)), end="")
    buf = io.StringIO()
    te.print(file=buf)
    print(buf.getvalue() == "".join(traceback.format_exception(e)))

# with_traceback: None drops the frames, a traceback gives them to another exception.
try:
    try:
        top()
    except ZeroDivisionError as e:
        saved = e.__traceback__
        raise RuntimeError("again").with_traceback(saved) from None
except RuntimeError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print(e.with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print(e)

try:
    top()
except ZeroDivisionError:
    et, ev, etb = sys.exc_info()
    print(et.__name__, [fs.name for fs in traceback.extract_tb(etb)])
    print(traceback.format_exception_only(et, ev))
print(sys.exc_info())

# traceback.format_exc / print_exc / format_exception(_only) print what an uncaught
# exception would (file names replaced: CPython prints absolute paths).
import io
import sys
import traceback


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def inner(d):
    return d["missing"] + 1


def outer():
    return inner({}) * 2


try:
    outer()
except KeyError as e:
    s = traceback.format_exc()
    show(s)
    print(traceback.format_exception_only(e))
    parts = traceback.format_exception(e)
    print(len(parts), "".join(parts) == s)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == s)
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue() == s)
print(repr(traceback.format_exc()))

try:
    try:
        [1, 2][5]
    except IndexError:
        raise ValueError("bad index") from None
except ValueError:
    show(traceback.format_exc())

try:
    try:
        x = 1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError:
    show(traceback.format_exc())

try:
    compile("a b", "m.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))


def deep(n):
    if n == 0:
        raise OverflowError("bottom")
    return deep(n - 1)


try:
    deep(10)
except OverflowError:
    show(traceback.format_exc())

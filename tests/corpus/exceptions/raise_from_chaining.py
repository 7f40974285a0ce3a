class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e

try:
    parse("abc")
except ParseError as e:
    print(e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)

try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("replacement") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def reraise():
    try:
        raise IndexError("first")
    except IndexError:
        print("handling, re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)

try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__))

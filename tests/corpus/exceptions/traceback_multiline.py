# Tracebacks over expressions that span lines show their lines with carets, as CPython 3.13:
# the first and last lines and those around the anchors, the rest as "...<N lines>...".
import os
import traceback


def show(f):
    try:
        f()
    except Exception:
        here = os.path.dirname(os.path.abspath(__file__)) + os.sep
        print(traceback.format_exc().replace(here, ""), end="")


def divide(a, b):
    return a / b


def call_over_lines():
    print(divide(1,
                 0))


def long_call():
    return len(divide(
        1,
        2,
    ), 3,
        4,
        5,
        6)


def binop_over_lines():
    x = (1 +
         "a")
    return x


def subscript_over_lines():
    d = {}
    return d[
        "missing"
    ] + 1


def assert_over_lines():
    assert (1 ==
            2), "not equal"


def fstring_field():
    x = 5
    return f"value {x:{
        'q'}} end"


def whole_statement():
    result = divide(
        1, 0)
    return result


def assert_one_line():
    value = 3
    assert value > 10


def f_string_one_line():
    return f"[{3.5:d}]"


for f in (call_over_lines, long_call, binop_over_lines, subscript_over_lines, assert_over_lines,
          fstring_field, whole_statement, assert_one_line, f_string_one_line):
    show(f)

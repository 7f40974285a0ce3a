# Tracebacks through inlined comprehensions (PEP 709): no <listcomp> frame, the
# comprehension's line is reported in its enclosing function's frame.
import os
import traceback


def show():
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print(traceback.format_exc().replace(here, ""), end="")


def inv(v):
    return 1 / v


def flat(xs):
    return [inv(x) for x in xs]


def nested(rows):
    return [[10 % c for c in row] for row in rows]


def in_dict(keys):
    table = {"a": 1}
    return {k: table[k] for k in keys if k}


def in_set(xs):
    return {
        x.upper()
        for x in xs
    }


def in_condition(xs):
    return [x for x in xs if x.missing]


def bad_iterable():
    return [x for x in 5]


def inner_iterable(rows):
    return [y for row in rows for y in row]


for f, arg in [(flat, [1, 0]), (nested, [[1], [2, 0]]), (in_dict, ["a", "b"]),
               (in_set, ["a", 3]), (in_condition, [1]), (inner_iterable, [[1], 2])]:
    try:
        f(arg)
    except Exception:
        show()
try:
    bad_iterable()
except TypeError:
    show()
print(flat([0.5, 0.25]))
nested([[1, 0]])

import os
import sys
import traceback


def show():
    # Without the directory: the path differs between checkouts and hosts.
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print(traceback.format_exc().replace(here, ""), end="")


def a(x):
    return b(x) + 1
def b(x):
    return {"k": 1}[x]
class Thing:
    def method(self, v):
        try:
            return a(v)
        except KeyError as e:
            raise ValueError(f"bad key {v!r}") from e
def run():
    items = [Thing() for _ in range(2)]
    return [t.method(k) for t, k in zip(items, ["k", "zz"])]
try:
    run()
except ValueError as e:
    show()
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)
try:
    deep(3)
except RuntimeError:
    show()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        None.attr
except AttributeError:
    show()
x = [1, 2, 3]
print(x[5] if len(x) > 5 else "ok")
lambda_err = lambda d: d["missing"]
try:
    lambda_err({})
except KeyError:
    show()
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError:
    show()
run()

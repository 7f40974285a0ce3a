# inspect.getsource reads the defining file: decorators, multi-line headers, one-liners.
import functools
import inspect


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


@deco
def decorated(a,
              b=2):
    # a comment
    return a + b


def one_liner(x): return x * 2


class Shape:
    """A shape."""

    def area(self):
        return 0


print(inspect.getsource(deco), end="")
print(inspect.getsource(decorated), end="")
print(inspect.getsource(one_liner), end="")
print(inspect.getsource(Shape), end="")
print(inspect.getsource(Shape.area), end="")
lines, start = inspect.getsourcelines(one_liner)
print(start, len(lines), inspect.getfile(one_liner).endswith("inspect_getsource.py"))

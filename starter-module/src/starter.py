# The Python face of `starter`: the Rust functions live in `_starter`; this shim re-exports
# them and adds what is easier to write in Python (keyword arguments, classes).
from _starter import add, greet, mean, describe, apply, big_square, pair


class Point:
    """A tiny class around the native `add`."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(add(self.x, other.x), add(self.y, other.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def shout(name, *, punctuation="!"):
    return greet(name, punctuation).upper()

import inspect
import functools
import abc
from dataclasses import dataclass

def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> bool:
    """Do a thing.

        Indented detail.
    Back.
    """
    return True

def g(x, y, /, z=3, *, w): pass

sig = inspect.signature(f)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, repr(p.annotation) if p.annotation is not p.empty else "-", repr(p))
print(sig.return_annotation)
print(inspect.signature(g))
print(str(inspect.signature(lambda: None)), inspect.signature(lambda *a, **k: 0))
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba2 = inspect.signature(g).bind(1, 2, w=0)
ba2.apply_defaults()
print(ba2.arguments, ba2.args, ba2.kwargs)
for call in [lambda: sig.bind(1), lambda: sig.bind(1, c=1, b=2, a=3), lambda: inspect.signature(g).bind(1, y=2, w=1), lambda: inspect.signature(g).bind(1, 2, 3, 4, w=1), lambda: inspect.signature(g).bind(1, 2, q=1, w=2), lambda: inspect.signature(g).bind(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(inspect.signature(g).bind_partial(1))

class Base(abc.ABC):
    """Base doc."""
    def __init__(self, name: str, size: int = 0):
        self.name = name
    @abc.abstractmethod
    def run(self): "Run it."
    def method(self, x, *, y=1): pass
    @classmethod
    def make(cls, n): pass
    @staticmethod
    def util(q): pass

class Impl(Base):
    def run(self): pass

print(inspect.signature(Base), inspect.signature(Impl), inspect.signature(Impl("n").method), inspect.signature(Base.method))
print(inspect.signature(Impl.make), inspect.signature(Impl.util))
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isclass(Base), inspect.isclass(Impl("a")))
print(inspect.ismethod(Impl("a").run), inspect.ismethod(Impl.run), inspect.isfunction(Impl.run), inspect.isfunction(len))
print(inspect.getdoc(Impl), inspect.getdoc(Impl.run), inspect.getdoc(Impl("q").run))
print(inspect.getdoc(f))
print(inspect.cleandoc("   first\n     second\n   third\n\n"))

def gen(): yield 1
async def co(): pass
async def agen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(gen), inspect.isasyncgenfunction(agen))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.isgeneratorfunction(functools.partial(gen)))

@dataclass
class Point:
    x: int
    y: int = 0
print(inspect.signature(Point))

class Callable:
    def __call__(self, a, b=1): pass
print(inspect.signature(Callable()))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(p, q=1): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
def h(a, b, c=3, *, d): pass
print(inspect.signature(functools.partial(h, 1)), inspect.signature(functools.partial(h, b=2)), inspect.signature(functools.partial(h, 1, d=4)))
print([name for name, _ in inspect.getmembers(Impl, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Point(1, 2)) if not n.startswith("_")])
print(inspect.getmro(Impl)[:2])
p = inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None)
print(p, p.replace(name="y", default=5), inspect.Signature([p], return_annotation=int))
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
print(inspect.getfullargspec(f))
print(inspect.signature(f) == inspect.signature(f), inspect.Parameter.POSITIONAL_OR_KEYWORD < inspect.Parameter.KEYWORD_ONLY)
def annotated(a: list, b: "Fwd", c: inspect.Parameter) -> None: pass
print(inspect.signature(annotated))

import types
print(inspect.ismodule(types), inspect.getmodule(f).__name__, inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f))

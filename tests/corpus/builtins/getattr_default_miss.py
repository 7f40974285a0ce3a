# getattr(obj, name, default) and hasattr(obj, name): a plain miss answers the default / False
# without an AttributeError escaping; hooks and errors raised on the way behave as CPython's.


class Plain:
    x = 1


class Hook:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")


class Prop:
    @property
    def broken(self):
        raise AttributeError("inside the getter")

    @property
    def fails(self):
        raise ValueError("not an attribute error")


class GetAttribute:
    def __getattribute__(self, name):
        if name == "seen":
            return "via __getattribute__"
        raise AttributeError(name)


p = Plain()
print(getattr(p, "x", "d"), getattr(p, "y", "d"), hasattr(p, "x"), hasattr(p, "y"))
print(getattr(Plain, "y", None), hasattr(Plain, "x"), getattr(Plain, "__name__", None))
h = Hook()
print(getattr(h, "dyn_abc", "d"), getattr(h, "other", "d"), hasattr(h, "dyn_q"), hasattr(h, "zz"))
pr = Prop()
print(getattr(pr, "broken", "d"), hasattr(pr, "broken"))
for f in (lambda: getattr(pr, "fails", "d"), lambda: hasattr(pr, "fails")):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
g = GetAttribute()
print(getattr(g, "seen", "d"), getattr(g, "other", "d"), hasattr(g, "other"))
import math
print(getattr(math, "pi", 0) > 3, getattr(math, "nope", "d"), hasattr(math, "tau"), hasattr(math, "nope"))
print(getattr(5, "real", None), getattr(5, "nope", "d"), hasattr("s", "upper"), hasattr(None, "x"))
name = "computed"
print(getattr(p, name, "fallback"), getattr(p, name[:0] + "x", "fallback"))
try:
    getattr(p, "y")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 3, None)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(p)
except TypeError as e:
    print("TypeError:", e)

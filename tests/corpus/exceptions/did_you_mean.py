# "Did you mean" hints in tracebacks (CPython 3.13): NameError from the failing frame's
# names (or self.name, or a forgotten stdlib import), AttributeError from dir(obj), with
# private names only for a private name or in a method of the object itself.
import traceback

def last_line(f):
    try:
        f()
    except Exception as e:
        print(traceback.format_exception(e)[-1].rstrip())
        print("  only:", traceback.format_exception_only(e)[-1].rstrip())

class Box:
    limit = 3
    def __init__(self):
        self._value = 1
        self.size = 2
    def get(self):
        return self._valu
    def method(self):
        return size
    def other(self, o):
        return o._valu
    def cls_attr(self):
        return limt

def local_typo():
    counter = 1
    unused_later = 2
    return countr

def unbound_local_not_suggested():
    if False:
        counterx = 1
    return countr

cases = [
    lambda: lasst, local_typo, unbound_local_not_suggested, lambda: Print("x"),
    lambda: math.pi, lambda: json, lambda: [].apend(1), lambda: "abc".uper(),
    lambda: Box().get(), lambda: Box().method(), lambda: Box().other(Box()),
    lambda: Box().siz, lambda: Box().cls_attr(), lambda: Box.limt,
    lambda: int.from_byte(b"x", "big"), lambda: {}.iteritems(), lambda: (1).imga,
    lambda: __import__("math").sqr(2), lambda: traceback.format_exc_only,
    lambda: xyzzy_plugh_frobnicate, lambda: Box()._Box__nothing,
]
for f in cases:
    last_line(f)

try:
    [].apend
except AttributeError as e:
    print(e.name, e.obj, e.args)
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args, str(e))
e = AttributeError("plain")
print(e.name, e.obj, NameError("x").name)

e = NameError("msg", name="foo")
print(e.name, e, AttributeError("m", name="n", obj=[1]).obj)
class Thing:
    def __getattr__(self, n):
        raise AttributeError(f"no {n}", name=n, obj=self)
    def helper(self):
        pass
last_line(lambda: Thing().helpr)
last_line(lambda: exec("raise NameError('user', name='json')"))

class Config:
    verbose = True
Config.verbos

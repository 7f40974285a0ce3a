# class API
eg = ExceptionGroup("many", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [ValueError("iv"), KeyError("k")])])
print(repr(eg))
print(str(eg))
print(eg.message, type(eg.exceptions).__name__, len(eg.exceptions))
print(str(ExceptionGroup("one", [ValueError(1)])))
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup(OSError)))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "iv")))
print(repr(eg.split((TypeError, KeyError))))
print(eg.subgroup(ExceptionGroup) is eg)
print(repr(eg.subgroup(lambda e: e is eg)))
d = eg.derive([OSError(1)])
print(repr(d), type(d).__name__)
print(repr(BaseExceptionGroup("b", [ValueError(1)])), type(BaseExceptionGroup("b", [ValueError(1)])).__name__)
print(type(BaseExceptionGroup("b", [SystemExit(1)])).__name__)
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
for args in [(), ("a",), ("a", 1), (1, []), ("a", []), ("a", [1]), ("a", [KeyboardInterrupt()]), ("a", {ValueError()})]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
meg = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(meg.split(ValueError)))
try:
    MyEG("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    eg.split(3)
except TypeError as e:
    print(e)
e1 = ExceptionGroup("t", (ValueError(1),))
e1.add_note("a note")
s = e1.subgroup(ValueError)
print(s is e1)
m2, r2 = ExceptionGroup("t", [ValueError(1), TypeError(2)]).split(TypeError)
print(m2.__traceback__, r2.__cause__)
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as g:
    print("caught plain", repr(g))
class EG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return EG(self.message, excs, self.code)
eg = EG("eg", [ValueError(1), TypeError(2)], 42)
print(repr(eg), eg.args, eg.code)
m, r = eg.split(ValueError)
print(repr(m), m.code, type(r).__name__)
try:
    raise eg
except* TypeError as t:
    print(repr(t), t.code)
except* ValueError as v:
    print(repr(v), v.code)

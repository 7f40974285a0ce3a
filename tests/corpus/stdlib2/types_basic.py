import types
import sys

ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns == types.SimpleNamespace(a=1, b="x"), types.SimpleNamespace(), ns.a)
ns.c = [1]; del ns.a
print(ns, vars(ns), ns != types.SimpleNamespace())
print(types.SimpleNamespace({"q": 1}, r=2), types.SimpleNamespace([("k", 3)]))
for f in [lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({1: 2})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
r = types.SimpleNamespace(); r.me = r; print(r)


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1), isinstance(Sub(), types.SimpleNamespace))


def f():
    pass


def g():
    yield 1


class A:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType, types.GeneratorType, types.ModuleType,
      types.BuiltinFunctionType, types.NoneType, types.MethodType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      isinstance(g(), types.GeneratorType), isinstance(sys, types.ModuleType),
      isinstance(len, types.BuiltinFunctionType), isinstance(A().m, types.MethodType),
      isinstance(None, types.NoneType), type(...) is types.EllipsisType,
      type(NotImplemented) is types.NotImplementedType)
m = types.ModuleType("mm")
print(m, m.__name__, m.__doc__, types.ModuleType("d", "doc").__doc__)
m.x = 5; print(m.x)
bound = types.MethodType(lambda self, y: (type(self).__name__, y), A())
print(bound(3))
mp = types.MappingProxyType({"a": 1})
print(mp, mp["a"], len(mp), "a" in mp, list(mp), mp.get("z"), dict(mp.items()))
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError", e)
C = types.new_class("C", (A,), {}, lambda ns: ns.update({"v": 7}))
print(C.__name__, C.v, C.__mro__[1] is A)

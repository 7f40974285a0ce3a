class P:
    x = property()
p = property()
class Q: pass
for f in [lambda: P().x, lambda: p.__get__(Q()), lambda: p.__set__(Q(), 1), lambda: P.__dict__['x'].__get__(P()), lambda: p.__delete__(Q())]:
    try: f()
    except AttributeError as e: print(e)
def g(self): return 1
pp = property(None, g)
class R:
    y = pp
try: del R().y
except AttributeError as e: print(e)
print(P.x.__name__ if hasattr(P.x, '__name__') else 'noname')
try: print(p.__name__)
except AttributeError as e: print(e)

class cached(property):
    pass
class A2:
    @cached
    def v(self): return 5
    w = cached()
print(A2().v, A2.v.__name__, A2.w.__name__)
try: A2().w
except AttributeError as e: print(e)
p = property(lambda self: 1)
print(p.__name__)
p.__set_name__(A2, "zz")
print(p.__name__)
class B:
    q = property(None)
    q2 = q.setter(lambda s, v: None)
print(B.q2.__name__)

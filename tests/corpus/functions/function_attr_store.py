def f(a, b=2, *, c=3):
    "doc"
    return a, b, c
f.__name__ = "g"; f.__qualname__ = "K.g"; f.__doc__ = "new"; f.__module__ = "mod"
f.__defaults__ = (10,); f.__kwdefaults__ = {"c": 30}
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__, f(1))
print(repr(f).split(" at ")[0])
try: f()
except TypeError as e: print(e)
f.__defaults__ = None
try: f(1)
except TypeError as e: print(e)
try: f.__name__ = 3
except TypeError as e: print(e)
try: f.__qualname__ = None
except TypeError as e: print(e)
try: f.__defaults__ = [1]
except TypeError as e: print(e)
f.__annotations__ = {"a": int}; print(f.__annotations__)
print(sorted(f.__dict__))

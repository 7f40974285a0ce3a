def f(a, b=1, *args, c, **kw):
    """Docstring of f."""
    x = 1
    return x
print(f.__name__, f.__doc__)
print(f.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
class K:
    def m(self):
        pass
print(K.m.__qualname__, K.m.__name__)
f.custom = "attr"
print(f.custom)
print(callable(f), callable(1), callable(K), callable(K()))
def nodoc(): pass
print(nodoc.__doc__)
print(f.__kwdefaults__, f.__defaults__)
print(type(f).__name__, type(K().m).__name__, type(len).__name__)

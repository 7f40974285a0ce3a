import importlib
m = importlib.import_module("collections.abc")
print(m.__name__, __import__("collections.abc").__name__, __import__("collections.abc", fromlist=["x"]).__name__)
print(importlib.import_module("math").sqrt(4))
try:
    importlib.import_module("nope_mod")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
os_ = __import__("math", globals(), locals(), [], 0)
print(os_.pi)

# `import builtins`: the module the builtin names live in; changes to it are seen everywhere.
import builtins
import sys

print(builtins.len([1, 2]), builtins.__name__, sys.modules["builtins"] is builtins)
print(builtins.print is print, hasattr(builtins, "ValueError"), "open" in dir(builtins))
original = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-3))
builtins.abs = original
print(abs(-3))
builtins.my_global = 42
print(my_global)
del builtins.my_global
try:
    my_global
except NameError as e:
    print(e)

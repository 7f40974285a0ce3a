eg = ExceptionGroup("x", [ValueError(1), TypeError(2)])
try:
    try: raise eg
    except* KeyError: pass
except ExceptionGroup as e:
    print(e is eg)
print(eg.split(KeyError))
r = eg.split(TypeError)
print(r, r[1].exceptions[0] is eg.exceptions[0])
try:
    try: raise eg
    except* TypeError: raise
except ExceptionGroup as e:
    print(e is eg, repr(e))
for a in [(), ("a",), ("a", 1), (1, []), ("a", [], 3)]:
    try: ExceptionGroup(*a)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("a", [1])
except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("a", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
class M(ExceptionGroup): pass
try: M("a", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
try: eg.split(3)
except Exception as e: print(type(e).__name__, e)
print(eg.__dict__, eg.args)

# Edge cases of the interpreter's fast paths (inline caches, swap assignment, inline
# arithmetic): each must behave exactly like the general path.
# Tuple-free swaps: evaluation order, store order, targets of every kind.
log = []
def v(x):
    log.append(x)
    return x
a, b = v(1), v(2)
a, b = b, a
print(a, b, log)
x, y, z = v("x"), v("y"), v("z")
x, y, z = z, x, y
print(x, y, z, log)
class Box:
    def __setattr__(self, name, value):
        log.append("set " + name)
        object.__setattr__(self, name, value)
bx = Box()
lst = [0, 0]
bx.p, lst[1] = 10, 20
print(bx.p, lst, log[-1])
[m, n] = 3, 4
print(m, n)
try:
    bx.q, undefined_name = 1, missing_value
except NameError as e:
    print("NameError:", e, hasattr(bx, "q"))
class Stop:
    def __setattr__(self, name, value):
        raise AttributeError("no " + name)
st = Stop()
w = "before"
try:
    st.a, w = 1, 2
except AttributeError as e:
    print("AttributeError:", e, w)

# Unpacking lists and tuples of the right and wrong length.
for p, q in [(1, 2), [3, 4]]:
    print(p, q)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = [1]
except ValueError as e:
    print("ValueError:", e)

# Global lookups through the cache: rebinding, deleting, shadowing builtins, and back.
def use_len():
    return len("abc")
print(use_len())
len = lambda s: 42
print(use_len())
del len
print(use_len())
counter = 0
def bump():
    global counter
    counter = counter + 1
    return counter
print(bump(), bump(), bump())
def later():
    return not_yet
try:
    later()
except NameError as e:
    print("NameError:", e)
not_yet = "now"
print(later())
del not_yet
try:
    later()
except NameError as e:
    print("NameError:", e)
def use_abs():
    return abs(-3)
print(use_abs())
globals()["abs"] = lambda n: "shadowed"
print(use_abs())
del globals()["abs"]
print(use_abs())

# Inline arithmetic: int overflow into big ints, mixed int/float, division by zero, NaN.
big = 2**62
print(big + big, big * 4, -big - big - big, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 // -2, 7 % -3)
print(1 + 0.5, 0.5 + 1, 3 * 0.1, 1 / 4, 2**53 + 1.0, 10 - 0.25)
for bad in (lambda: 1.0 / 0.0, lambda: 1 / 0, lambda: 5 // 0, lambda: 5 % 0, lambda: 2.5 / 0):
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, 1.5 <= 1.5, 2.5 > 1.5, 0.0 == -0.0)
f = 1.5
f += 2
f *= 2
f -= 0.5
f /= 2
print(f)
i = 9223372036854775807
i += 1
print(i)
class Num(float):
    def __add__(self, other):
        return "Num.__add__"
print(Num(1.0) + 2.0, 2.0 + Num(1.0))

# bool(x) without going through bool.__new__.
class Falsy:
    def __bool__(self):
        return False
class BadBool:
    def __bool__(self):
        return 0
class BadLen:
    def __len__(self):
        return -1
print(bool(), bool(0), bool(2), bool(0.0), bool(""), bool("a"), bool([]), bool((0,)), bool(Falsy()), bool(None))
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)

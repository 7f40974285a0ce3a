import sys

print(sys.version.startswith("3.13"), sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode)
print(type(sys.argv).__name__, type(sys.path).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(type(e).__name__, e)
n = sys.stdout.write("written\n")
print(n)
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("to stdout", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), sys.exception() is v)
print(sys.exception())
try:
    sys.exit()
except SystemExit as e:
    print("exit", e.code)
try:
    sys.exit(2)
except SystemExit as e:
    print("exit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit", e.code)
s = sys.intern("hello world")
print(s, s is sys.intern("hello world"))
try:
    sys.intern(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof(1) > 0, sys.getdefaultencoding(), sys.get_int_max_str_digits())


class Cap:
    def __init__(self):
        self.data = []

    def write(self, s):
        self.data.append(s)


old = sys.stdout
sys.stdout = Cap()
print("captured", 1)
cap = sys.stdout
sys.stdout = old
print(cap.data)

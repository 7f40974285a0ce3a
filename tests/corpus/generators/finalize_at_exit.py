# Generators still suspended inside try/finally when the program ends are closed at exit,
# after everything else (atexit functions included); garbage ones first, then those held
# by the main module's globals in their order.
import atexit


def g(name):
    try:
        yield 1
    finally:
        print("cleanup", name)


a = g("a")
next(a)
b = g("b")
next(b)
cycle = [g("cycle")]
cycle.append(cycle)
next(cycle[0])
del cycle


def finally_yields():
    try:
        yield 1
    finally:
        print("closing finally_yields")
        yield 2


f = finally_yields()
next(f)
atexit.register(print, "atexit")
print("end of program")

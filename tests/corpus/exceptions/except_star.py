def show(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, repr(e))

# matching, multiple clauses
def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("VE", repr(e))
    except* (TypeError, OSError) as e:
        print("TE/OS", repr(e))
show("a", a)

# remainder re-raised
def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("VE", repr(e))
show("b", b)

# nested groups
def c():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), KeyError(3)])])
    except* ValueError as e:
        print("VE", repr(e))
show("c", c)

# naked exception
def d():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("VE", repr(e), type(e).__name__)
show("d", d)

def d2():
    try:
        raise KeyError("naked")
    except* ValueError as e:
        print("unreached")
show("d2", d2)

def d3():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
show("d3", d3)

def d4():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("from handler")
show("d4", d4)

# handlers raising
def e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise
show("e", e)

def e2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v
show("e2", e2)

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    else:
        print("else")
    finally:
        print("finally")
    print("after")
show("f", f)

def g():
    try:
        print("body")
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")
show("g", g)

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    print(e)
show("h", h)

def i():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("i", i)

def j():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception as e:
        print("all", repr(e))
show("j", j)

def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError as ke:
            print("inner caught", repr(ke))
        for x in range(3):
            if x == 1:
                break
        print("x", x)
show("k", k)

# context of exceptions raised in handlers
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
except ExceptionGroup as g:
    print(repr(g), repr(g.exceptions[0].__context__))
    for sub in g.exceptions:
        print(" ", repr(sub))

import sys
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print(repr(sys.exception()))
print(repr(sys.exception()))

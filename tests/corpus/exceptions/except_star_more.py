def show(label, f):
    try:
        r = f()
        print(label, "returned", r)
    except BaseException as e:
        print(label, type(e).__name__, repr(e))

def a():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError as v:
            try:
                raise ExceptionGroup("in", [KeyError(3), OSError(4)])
            except* KeyError as k:
                print("inner k", repr(k))
    except* OSError as o:
        print("outer o", repr(o))
    return "done"
show("a", a)

def b():
    try:
        raise KeyboardInterrupt("ki")
    except* KeyboardInterrupt as e:
        print(type(e).__name__, repr(e))
show("b", b)

def c():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handler")
    finally:
        raise RuntimeError("fin")
show("c", c)

def d():
    def bad():
        raise NameError("in type expr")
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* bad():
        pass
show("d", d)

def gen():
    try:
        yield 1
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)
print(list(gen()))

def e():
    eg = ExceptionGroup("eg", [ValueError(1)])
    eg.add_note("note!")
    try:
        raise eg
    except* ValueError as v:
        print(v.__notes__, v is eg)
show("e", e)

def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as v:
        print(v.exceptions)
        raise v.exceptions[0]
show("f", f)

def g():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as v:
            print("iter", i, repr(v))
    return i
show("g", g)

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
show("h", h)

class MyEG(ExceptionGroup):
    pass
def i():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        print(type(v).__name__, repr(v))
show("i", i)
print(repr(BaseExceptionGroup("x", [ValueError(1), KeyboardInterrupt()]).subgroup(Exception)))

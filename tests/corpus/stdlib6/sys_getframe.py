# sys._getframe(): caller names, line numbers at the call, globals and locals snapshots,
# f_back chains through functions, generators, class bodies; inspect.currentframe and
# traceback.walk_stack built on it; errors for a stack too shallow and a non-integer depth.
import builtins, inspect, sys, traceback


def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, sys._getframe().f_lineno, fr.f_back.f_code.co_name, sys._getframe(1).f_code.co_name)
    print(sorted((k, v) for k, v in sys._getframe().f_locals.items() if k != "fr"), fr.f_globals is globals(), fr.f_back.f_locals is globals())

    def inner():
        return c, sys._getframe(1).f_code.co_name, [sys._getframe().f_code.co_name for _ in range(1)]

    print(inner(), sorted(sys._getframe(0).f_locals))
    print(inspect.currentframe().f_code.co_name, inspect.currentframe().f_lineno)
    print([(fn, ln) for fn, ln in ((f.f_code.co_name, l) for f, l in traceback.walk_stack(None))])
    print([(f.f_code.co_name, ln) for f, ln in traceback.walk_stack(sys._getframe())])
    print(traceback.extract_stack()[-1].name, len(traceback.format_stack()))


f(1)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
for bad in ("x", 1.5):
    try:
        sys._getframe(bad)
    except TypeError as e:
        print("TypeError", e)
print(sys._getframe(-3).f_code.co_name, sys._getframe().f_back, sys._getframe().f_builtins is builtins.__dict__)


class K:
    where = sys._getframe().f_code.co_name
    loc = sorted(k for k in sys._getframe().f_locals)


print(K.where, K.loc)


def gen():
    yield sys._getframe().f_back.f_code.co_name


print(next(gen()), list(gen()))


def caller_name():
    return sys._getframe(2).f_code.co_name


def outer():
    return caller_name()


def module_of_caller():
    return sys._getframe(1).f_globals["__name__"]


print(outer(), module_of_caller(), type(sys._getframe()).__name__)

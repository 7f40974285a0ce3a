# pickle: functions and classes by reference, bound methods through getattr, and CPython's
# errors for lambdas and rebound names.
import pickle
import re

lam = lambda: 1


def f():
    pass


g = f


def f():
    pass


class C:
    def m(self):
        return 1

    @classmethod
    def cm(cls):
        return 2


for o in [lam, g, C().m, C.cm, [].append, len, f, C]:
    for p in (0, 2, 4):
        try:
            d = pickle.dumps(o, p)
            print(p, d, pickle.loads(d).__name__)
        except Exception as e:
            print(p, type(e).__name__, re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))
print(pickle.loads(pickle.dumps(C().m))(), pickle.loads(pickle.dumps(C.cm, 2))(), pickle.loads(pickle.dumps([3, 1].count, 0))(1))

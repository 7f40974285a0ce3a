# An unbound local read by the fused LoadFast+LoadAttr/LoadMethod heads (whose inline
# cache hit skips the unbound test): UnboundLocalError, before and after the caches warm up.
class A:
    def m(self): return 1
def f1():
    try:
        x.y
    except UnboundLocalError as e: print("1", e)
    x = A()
def f2():
    try:
        x.m()
    except UnboundLocalError as e: print("2", e)
    x = A()
def f3():
    try:
        x.y += 1
    except UnboundLocalError as e: print("3", e)
    x = A()
def f4():
    x = A()
    x.m(); x.m()
    del x
    try:
        x.m()
    except UnboundLocalError as e: print("4", e)
    try:
        x.y
    except UnboundLocalError as e: print("5", e)
for f in (f1, f2, f3, f4, f1, f2, f3, f4): f()

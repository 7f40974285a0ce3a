# A code object's co_cellvars / co_freevars / co_nlocals (closures read by teaching code).
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c(); c(5)
print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)
def f(a):
    x = 1
    def g(): return a + x
    return g
print(f.__code__.co_cellvars, f.__code__.co_freevars, f(1).__code__.co_freevars, f.__code__.co_nlocals,
      f(1).__code__.co_nlocals, f.__code__.co_varnames, (lambda: 0).__code__.co_cellvars)

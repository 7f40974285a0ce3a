# gi_code, gi_frame (None once finished; what inspect.getgeneratorstate tests) and gi_yieldfrom, cr_* alike.
def inner():
    x = yield 1
    yield x
def outer():
    r = yield from inner()
    yield from [7, 8]
    return r
g = outer()
print(g.gi_yieldfrom, g.gi_frame.f_lineno, g.gi_code.co_name, g.gi_suspended, g.gi_running)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name, g.gi_frame.f_lineno, g.gi_frame.f_code is not None)
print(g.send(5), type(g.gi_yieldfrom).__name__)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_frame.f_lineno)
print(next(g), list(g), g.gi_yieldfrom, g.gi_frame, g.gi_code.co_name)
def me():
    yield me_g.gi_running, me_g.gi_frame is not None, me_g.gi_yieldfrom
me_g = me()
print(next(me_g))
async def co():
    return 1
c = co()
print(c.cr_code.co_name, c.cr_frame.f_lineno, c.cr_await, c.cr_running)
c.close()
print(c.cr_frame)
def plain():
    for i in range(3):
        yield i
p = plain(); next(p); next(p)
print(p.gi_frame.f_lineno, p.gi_frame.f_back, p.gi_yieldfrom)

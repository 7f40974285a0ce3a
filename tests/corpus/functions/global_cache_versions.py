# LoadGlobal's cache across globals that come and go, exec with other dicts and their
# copies, and builtins shadowed then uncovered.
x = 1
def f(): return x
print(f())
x = 2
print(f())
del x
try: f()
except NameError as e: print(e)
x = 3
print(f())
g = {'y': 5}
code = compile("def h(): return y", "<s>", "exec")
exec(code, g)
print(g['h']())
g2 = dict(g); g2['y'] = 7
exec(code, g2)
print(g2['h'](), g['h']())
for i in range(3):
    d = {'y': i, 'a': 1}
    exec(code, d)
    print(d['h']())
    d2 = d.copy(); d2['z'] = 1; d3 = d.copy(); d3['w'] = 2
def len(a): return 42
print(f(), len([]))
del len
print(len([1]))
import builtins
builtins.zzz = 9
def k(): return zzz
print(k()); builtins.zzz = 10; print(k())
zzz = 11; print(k()); del zzz; print(k())
def churn():
    total = 0
    for i in range(50):
        try:
            raise ValueError(i)
        except ValueError as exc:
            total += f() + i
    return total
x = 4
for _ in range(3):
    try:
        raise KeyError
    except KeyError as err:
        pass
    print(churn())

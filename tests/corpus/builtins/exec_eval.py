# exec / eval / compile: namespaces, modes and errors, as CPython reports them.
tests = [
    "exec(1)", "eval(1)", "compile(1, 'f', 'exec')", "compile('1', 'f', 'bad')",
    "exec('1', [])", "eval('1', [])", "eval('1', {}, 5)", "exec('1', {}, 5)",
    "eval('x y')", "exec('1\\x00')", "exec(compile('1/0', 'zz', 'exec'))",
    "eval(' 1+2')", "eval('\\t1')", "eval('1\\n\\n')", "eval('a=1')",
    "compile('print(1)\\nprint(2)', 's', 'single')",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except BaseException as e:
        print(t, '!!', type(e).__name__, e, getattr(e, 'filename', None), getattr(e, 'lineno', None),
              getattr(e, 'offset', None), repr(getattr(e, 'text', None)))

g = {}
exec("x = 5\ndef f(): return x * 2", g)
print(sorted(g), g['f']())
print(eval("x + 1", g), eval("y", {"y": 3}, {"y": 4}))
loc = {}
exec("a = 1\nb = a + 1", g, loc)
print(loc)


def fn():
    z = 10
    return eval("z + 1")


print(fn())
print(eval("__builtins__ is not None", {}))
c = compile("1+2", "<e>", "eval")
print(eval(c), type(c).__name__, c.co_filename)
exec(compile("print(3)", "<s>", "single"))
exec(compile("5", "<s>", "single"))
print(eval(compile("6", "<s>", "single")))
ns = {}
exec("import math\nr = math.sqrt(16)", ns)
print(ns['r'])
exec("class K:\n  v = 1\nk = K()", ns)
print(ns['k'].v, ns['K'].__module__)
exec("print(__name__)", {})
exec("print(__name__)")
print(eval("[i*i for i in range(3)]", {}))
exec("q = [w for w in range(3)]", {}, loc)
print(loc['q'])
exec(b"print('from bytes')")
counter = {"n": 0}
exec("for i in range(5):\n    n += i", {}, counter)
print(counter)
print(eval("len('abc')", {"__builtins__": __builtins__}))
try:
    exec("def g():\n    return 1/0\ng()")
except ZeroDivisionError as e:
    print("caught", e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
e = SyntaxError("boom", ("f.py", 3, 4, "txt"))
print(str(e), repr(e), e.filename, e.lineno, e.offset, e.text, e.msg)
print(str(SyntaxError("plain")), SyntaxError("plain").filename)

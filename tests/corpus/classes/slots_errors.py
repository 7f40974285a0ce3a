from collections import deque
class B: pass
class S: __slots__ = ('a',)
for body in ["class C(B):\n    __slots__ = ('__dict__',)", "class C(S):\n    __slots__ = ('__dict__', 'b')\nc=C(); c.zz=1; c.b=2; print(c.zz, c.b)",
             "class C:\n    __slots__ = ('a',)\n    a = 1", "class C:\n    __slots__ = ('1a',)", "class C:\n    __slots__ = (1,)",
             "class C:\n    __slots__ = ('__dict__', '__dict__')", "class C(list):\n    __slots__ = ('__dict__',)\nprint('ok list')",
             "class C(deque):\n    pass\nc = C(); c.q = 3; print(c.q)", "class C(deque):\n    __slots__ = ('r',)\nc = C(); c.r = 3; print(c.r)\ntry: c.s = 1\nexcept AttributeError as e: print(e)",
             "class C:\n    __slots__ = ('a', '__weakref__')\nc=C(); c.a=1; print(c.a)", "d = deque(); print(hasattr(d, '__dict__'))\ntry: d.x = 1\nexcept AttributeError as e: print(e)"]:
    try:
        exec(body)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

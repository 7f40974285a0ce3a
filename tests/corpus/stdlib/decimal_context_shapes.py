# The decimal natives read a context's attributes from where its shape keeps them: contexts
# of other shapes (an extra attribute, a subclass, attributes set in another order) and
# contexts changed in place must all be read right.
from decimal import Decimal, Context, getcontext, setcontext, localcontext, ROUND_DOWN, ROUND_UP, Inexact, Rounded

a, b = Decimal("1.23456789"), Decimal("3.3333")
cent = Decimal("0.01")
print(a * b, a + b)

c5 = Context(prec=5, rounding=ROUND_DOWN)
with localcontext(c5):
    print(a * b, a + b, a.quantize(cent))
print(a.quantize(cent, context=c5))

odd = Context(prec=4, rounding=ROUND_UP)
with localcontext(odd):
    print(a * b, a - b)
print(a * b, a.quantize(cent, context=odd))


class MyContext(Context):
    def __init__(self, **kw):
        self.first = True
        super().__init__(**kw)


mine = MyContext(prec=3)
saved = getcontext()
setcontext(mine)
print(a * b, a - b, b * 7)
setcontext(saved)
print(a * b)

with localcontext() as ctx:
    ctx.prec = 6
    print(a * b)
    ctx.rounding = ROUND_UP
    print(a * b)
    ctx.prec = 2
    print(a * b, a + b)
print(a * b)

getcontext().prec = 7
print(a * b, c5.prec)
with localcontext(c5):
    print(a * b)
getcontext().prec = 28

with localcontext(Context(prec=3)) as ctx:
    x = a * b
    print(x, sorted(k.__name__ for k, v in ctx.flags.items() if v))
    ctx.traps[Inexact] = True
    try:
        a * b
    except Inexact as e:
        print("trapped", type(e).__name__)
    ctx.traps[Inexact] = False
    ctx.clear_flags()
    print(Decimal(12) * Decimal(10), ctx.flags[Rounded], ctx.flags[Inexact])

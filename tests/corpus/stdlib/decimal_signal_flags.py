# Rounded and Inexact as the everyday operations record them: in each context's own flags,
# with traps honoured, and when the dicts are rebuilt in another order.
from decimal import Decimal, Context, Inexact, Rounded, localcontext, getcontext, ROUND_DOWN

CENT = Decimal("0.01")


def show(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)


with localcontext() as ctx:
    ctx.clear_flags()
    x = Decimal("1.005").quantize(CENT, rounding=ROUND_DOWN)
    print(x, show(ctx))
    ctx.clear_flags()
    print(Decimal("1.50").quantize(CENT), show(ctx))
    print(Decimal("2.5") * 3, show(ctx))

with localcontext() as ctx:
    ctx.prec = 3
    ctx.flags = dict(reversed(list(ctx.flags.items())))
    ctx.traps = dict(reversed(list(ctx.traps.items())))
    print(Decimal("1.2345") + 1, show(ctx))
    print(Decimal("9.8765") * 2, show(ctx))
    ctx.clear_flags()
    print(Decimal("1.11") * Decimal("1.11"), show(ctx))

with localcontext() as ctx:
    ctx.traps[Inexact] = True
    try:
        Decimal("1.005").quantize(CENT)
    except Inexact as e:
        print("Inexact trapped", type(e).__name__, show(ctx))
    print(Decimal("1.20").quantize(Decimal("0.1")), show(ctx))
    ctx.traps[Inexact] = False
    ctx.traps[Rounded] = True
    try:
        Decimal("1.20").quantize(Decimal("0.1"))
    except Rounded as e:
        print("Rounded trapped", show(ctx))

other = Context(prec=5)
print(other.flags == {k: False for k in other.flags})
with localcontext(other) as ctx:
    print(Decimal(1) / 3 + 0, show(ctx))
print(show(getcontext()) == show(getcontext()))

# Rounded and Inexact are both recorded before either raises, Inexact first, and the trapped
# ones are listed in the exception (as CPython's libmpdec reports them); with neither trapped
# the fast paths (compiler/src/modules/decimal_fast) record them the same way.
from decimal import Decimal, DecimalException, Inexact, Rounded, getcontext

c = getcontext()
c.prec = 3
for traps in ((Rounded, Inexact), (Inexact,), (Rounded,), ()):
    for f in (lambda: Decimal("1.2345") + 0, lambda: Decimal("1.2345").quantize(Decimal("0.1")),
              lambda: Decimal("1.2000") * 1, lambda: Decimal("0.000").quantize(Decimal("0.1")),
              lambda: Decimal("-7.25") - Decimal("0.001")):
        c.clear_flags()
        for s in (Rounded, Inexact):
            c.traps[s] = s in traps
        try:
            r = f()
        except DecimalException as e:
            r = f"{type(e).__name__} {[s.__name__ for s in e.args[0]]}"
        print(r, c.flags[Inexact], c.flags[Rounded])

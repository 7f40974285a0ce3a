# A basic `decimal` for Edge Python, written from the General Decimal Arithmetic rules the
# library documents: Decimal from str/int/float/tuple, + - * / // % ** (integral powers), sqrt,
# quantize, comparisons and hashing consistent with int/float, str/repr, and a context
# (precision 28, ROUND_HALF_EVEN, traps raising the usual signals).
import math as _math

__all__ = ["Decimal", "Context", "DecimalTuple", "getcontext", "setcontext", "localcontext",
           "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
           "Subnormal", "Overflow", "Underflow", "FloatOperation", "ConversionSyntax",
           "DivisionImpossible", "DivisionUndefined",
           "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
           "ROUND_HALF_DOWN", "ROUND_05UP", "MAX_PREC", "MAX_EMAX", "MIN_EMIN"]

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999


# What every result is made with: a plain function and a module-level `object.__new__`
# (a class attribute lookup per result, `Decimal._make` and `object.__new__`, was a tenth
# of the arithmetic's time).
_new_object = object.__new__


def _make_decimal(sign, coeff, exp, special=None):
    d = _new_object(Decimal)
    d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
    return d


# 10 ** n for the usual precisions: "has at most n digits" is `c < 10 ** n`, cheaper than
# measuring str(c) on every rounded result.
_TEN_POWERS = [10 ** _n for _n in range(100)]


def _ten_power(n):
    return _TEN_POWERS[n] if 0 <= n < 100 else 10 ** n


class DecimalException(ArithmeticError):
    __module__ = "decimal"


class Clamped(DecimalException):
    __module__ = "decimal"


class InvalidOperation(DecimalException):
    __module__ = "decimal"


class ConversionSyntax(InvalidOperation):
    __module__ = "decimal"


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = "decimal"


class DivisionImpossible(InvalidOperation):
    __module__ = "decimal"


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = "decimal"


class Inexact(DecimalException):
    __module__ = "decimal"


class Rounded(DecimalException):
    __module__ = "decimal"


class Subnormal(DecimalException):
    __module__ = "decimal"


class Overflow(Inexact, Rounded):
    __module__ = "decimal"


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = "decimal"


class FloatOperation(DecimalException, TypeError):
    __module__ = "decimal"


class DecimalTuple(tuple):
    __module__ = "decimal"

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return f"DecimalTuple(sign={self[0]}, digits={self[1]!r}, exponent={self[2]!r})"


class Context:
    __module__ = "decimal"

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = {s: False for s in _SIGNALS}
        if flags:
            for s in flags:
                self.flags[s] = True
        if traps is None:
            traps = [InvalidOperation, DivisionByZero, Overflow]
        self.traps = {s: (s in traps) if isinstance(traps, list) else bool(traps.get(s)) for s in _SIGNALS}

    def _signal(self, cond, explanation=None):
        """Records `cond` and raises it when trapped; `cond` may be a subclass of a signal."""
        signal = cond if cond in _SIGNALS else next((s for s in _SIGNALS if issubclass(cond, s)), cond)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([cond])

    def _signal_rounding(self, inexact):
        """Rounded, and Inexact when the lost digits were not all zeros: both recorded before
        either raises, Inexact first, the trapped ones listed (as libmpdec reports them)."""
        self.flags[Rounded] = True
        if inexact:
            self.flags[Inexact] = True
        trapped = [s for s in ((Inexact,) if inexact else ()) + (Rounded,) if self.traps.get(s)]
        if trapped:
            raise trapped[0](trapped)

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        c.flags = dict(self.flags)
        c.traps = dict(self.traps)
        return c

    __copy__ = copy

    def create_decimal(self, num="0"):
        return Decimal(num)._fix(self)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags[s]]
        traps = [s.__name__ for s in _SIGNALS if self.traps[s]]
        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, Emax={self.Emax}, "
                f"capitals={self.capitals}, clamp={self.clamp}, flags=[{', '.join(flags)}], "
                f"traps=[{', '.join(traps)}])")


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal,
            FloatOperation]

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])
_context = [DefaultContext.copy()]


def getcontext():
    return _context[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _context[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self._new = ctx

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _LocalContext(new)


def _round_coeff(sign, coeff, drop, rounding):
    """`coeff` without its last `drop` digits, rounded by `rounding`; sign 1 is negative."""
    if drop <= 0:
        return coeff * 10 ** -drop
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    else:
        raise ValueError(f"invalid rounding mode {rounding!r}")
    return q + 1 if up else q


def _parse(s):
    """(sign, coeff, exp, special) of a numeric string, or None."""
    t = s.strip().replace("_", "")
    if not t or "__" in s:
        return None
    sign = 0
    if t[0] in "+-":
        sign = 1 if t[0] == "-" else 0
        t = t[1:]
    low = t.lower()
    if low in ("inf", "infinity"):
        return sign, 0, 0, "F"
    for prefix, kind in (("nan", "n"), ("snan", "N")):
        if low.startswith(prefix) and (low[len(prefix):].isdigit() or low == prefix):
            payload = int(low[len(prefix):] or "0")
            return sign, payload, 0, kind
    exp = 0
    epos = low.find("e")
    if epos >= 0:
        e = low[epos + 1:]
        body = low[:epos]
        if e[:1] in "+-" and e[:1]:
            digits_e = e[1:]
        else:
            digits_e = e
        if not digits_e.isdigit():
            return None
        exp = int(e)
    else:
        body = low
    if body.count(".") > 1:
        return None
    intpart, _, frac = body.partition(".")
    digits = intpart + frac
    if not digits or not digits.isdigit() or not digits.isascii():
        return None
    return sign, int(digits), exp - len(frac), None



# ---- exp, ln, log10: fixed-point integers (value = n / 10**w), correctly rounded ----
# Each function computes an approximation with a known error bound at w digits after the
# point, and retries with more digits until both ends of the error interval round alike
# (so the result is the correctly rounded one, as libmpdec's).

def _ln_fixed(m, w):
    """ln(m / 10**w) * 10**w, within 2 units, for m > 0."""
    g = w + 8
    scale = 10 ** g
    x = m * 10 ** 8
    halvings = 0
    # Square roots bring x close to 1, where the atanh series converges fast.
    while abs(x - scale) * 100 > scale:
        x = _math.isqrt(x * scale)
        halvings += 1
    y = (x - scale) * scale // (x + scale)
    y2 = y * y // scale
    total, term, k = 0, y, 1
    while term:
        total += term // k
        term = term * y2 // scale
        k += 2
    return (2 * total << halvings) // 10 ** 8


def _round_fixed(n, w, prec):
    """(sign, coefficient, exponent) of n / 10**w rounded half-even to `prec` digits."""
    sign = 1 if n < 0 else 0
    n = abs(n)
    drop = len(str(n)) - prec
    c = _round_coeff(sign, n, drop, ROUND_HALF_EVEN)
    if len(str(c)) > prec:
        c //= 10
        drop += 1
    return sign, c, drop - w


def _correctly_rounded(approx, prec):
    """Calls approx(w) -> (value, error) with more digits until the rounding is certain."""
    w = prec + 12
    while True:
        n, err = approx(w)
        lo, hi = _round_fixed(n - err, w, prec), _round_fixed(n + err, w, prec)
        if lo == hi or w > 40 * prec + 400:
            return _make_decimal(*_round_fixed(n, w, prec))
        w += w // 2


def _scaled(d, w):
    """d * 10**w as an integer (truncated), d finite."""
    v = d._int * 10 ** (d._exp + w) if d._exp + w >= 0 else d._int // 10 ** -(d._exp + w)
    return -v if d._sign else v


def _ln_parts(d, w):
    """(ln(d) * 10**w, error in units) for finite d > 0."""
    n = len(str(d._int))
    a = d._exp + n - 1  # d = m * 10**a with 1 <= m < 10
    m = d._int * 10 ** w // 10 ** (n - 1)
    ln10 = _ln_fixed(10 * 10 ** w, w)
    return _ln_fixed(m, w) + a * ln10, 3 + 2 * abs(a)


def _exp_parts(d, w):
    """(exp(d) / 10**k * 10**w, k, error in units) for finite d."""
    x = _scaled(d, w)
    ln10 = _ln_fixed(10 * 10 ** w, w)
    k = x // ln10
    r = x - k * ln10  # 0 <= r < ln 10
    g = w + 6
    scale = 10 ** g
    halvings = 12
    r = (r * 10 ** 6) >> halvings
    total, term, i = scale, scale, 1
    while term:
        term = term * r // (scale * i)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // scale
    return total // 10 ** 6, k, 10 * (abs(k) + 10 ** 4)



def _parse_format_spec(spec):
    """The parts of a format spec: [[fill]align][sign][z][#][0][width][,|_][.prec][type]."""
    f = {"fill": " ", "align": None, "sign": "-", "alt": False, "zero": False, "width": 0,
         "grouping": "", "prec": None, "type": None}
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        f["fill"], f["align"], i = spec[0], spec[1], 2
    elif spec[:1] in ("<", ">", "=", "^") and spec:
        f["align"], i = spec[0], 1
    if spec[i:i + 1] in ("+", "-", " ") and spec[i:i + 1]:
        f["sign"] = spec[i]
        i += 1
    if spec[i:i + 1] == "z":
        i += 1
    if spec[i:i + 1] == "#":
        f["alt"] = True
        i += 1
    if spec[i:i + 1] == "0":
        f["zero"] = True
        if f["align"] is None:
            f["fill"], f["align"] = "0", "="
        i += 1
    j = i
    while spec[j:j + 1].isdigit():
        j += 1
    f["width"] = int(spec[i:j] or 0)
    i = j
    if spec[i:i + 1] == ",":
        f["grouping"] = ","
        i += 1
    elif spec[i:i + 1] == "_":
        raise ValueError("invalid format string")
    if spec[i:i + 1] == ".":
        j = i + 1
        while spec[j:j + 1].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("Format specifier missing precision")
        f["prec"] = int(spec[i + 1:j])
        i = j
    rest = spec[i:]
    if rest:
        if len(rest) != 1 or rest not in "eEfFgGn%":
            raise ValueError(f"Invalid format specifier '{spec}' for object of type 'Decimal'")
        f["type"] = "g" if rest == "n" else rest
    return f


def _group(intpart, sep, min_width):
    """`intpart` with `sep` every three digits (zero-padded to `min_width` when asked)."""
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    out = sep.join(reversed(groups))
    while min_width and len(out) < min_width:
        groups[-1] = "0" + groups[-1] if len(groups[-1]) < 3 else groups[-1]
        if len(groups[-1]) == 3 and len(sep.join(reversed(groups))) < min_width:
            groups.append("0")
        out = sep.join(reversed(groups))
    return out


def _align(f, sign, body):
    pad = f["width"] - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    fill, align = f["fill"], f["align"] or ">"
    if align == "<":
        return sign + body + fill * pad
    if align == "^":
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    if align == "=":
        return sign + fill * pad + body
    return fill * pad + sign + body


class Decimal:
    __module__ = "decimal"
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = _new_object(cls)
        # The four slots first, in `_make_decimal`'s order: every Decimal then has one shape,
        # the one `_decimal_fast` reads straight (constants made here included).
        self._sign, self._int, self._exp, self._special = 0, 0, 0, None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
        elif isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
        elif isinstance(value, float):
            if value != value:
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
            elif value in (float("inf"), float("-inf")):
                self._sign, self._int, self._exp, self._special = int(value < 0), 0, 0, "F"
            else:
                n, d = abs(value).as_integer_ratio()
                k = d.bit_length() - 1
                self._sign = 1 if _math.copysign(1.0, value) < 0 else 0
                self._int = n * 5 ** k
                self._exp = -k
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                getcontext()._signal(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, "n"
            else:
                self._sign, self._int, self._exp, self._special = parsed
        elif isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp == "F":
                self._int, self._exp, self._special = 0, 0, "F"
            elif exp in ("n", "N"):
                self._int, self._exp, self._special = int("".join(map(str, digits)) or "0"), 0, exp
            else:
                if any(not isinstance(d, int) or not 0 <= d <= 9 for d in digits):
                    raise ValueError("coefficient must be a tuple of digits")
                self._int = int("".join(map(str, digits)) or "0")
                self._exp = exp
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")
        return self

    @classmethod
    def _make(cls, sign, coeff, exp, special=None):
        d = _new_object(cls)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def _fix(self, ctx):
        """Rounded to the context's precision."""
        if self._special or self._int < _ten_power(ctx.prec):
            return self
        n = len(str(self._int))
        if n <= ctx.prec:
            return self
        drop = n - ctx.prec
        c = _round_coeff(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if len(str(c)) > ctx.prec:
            c //= 10
            exp += 1
        ctx._signal_rounding(self._int % 10 ** drop)
        return _make_decimal(self._sign, c, exp)

    # ---- views ----

    def as_tuple(self):
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        return DecimalTuple(self._sign, digits, self._special or self._exp)

    def adjusted(self):
        return self._exp + len(str(self._int)) - 1 if not self._special else 0

    def is_nan(self):
        return self._special in ("n", "N")

    def is_snan(self):
        return self._special == "N"

    def is_qnan(self):
        return self._special == "n"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def copy_abs(self):
        return _make_decimal(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make_decimal(1 - self._sign, self._int, self._exp, self._special)

    def __str__(self):
        sign = "-" if self._sign else ""
        if self._special == "F":
            return sign + "Infinity"
        if self._special:
            return sign + ("sNaN" if self._special == "N" else "NaN") + (str(self._int) if self._int else "")
        c = str(self._int)
        exp = self._exp
        adjusted = exp + len(c) - 1
        if exp <= 0 and adjusted >= -6:
            if exp == 0:
                return sign + c
            point = len(c) + exp
            if point > 0:
                return sign + c[:point] + "." + c[point:]
            return sign + "0." + "0" * -point + c
        s = c[0] + ("." + c[1:] if len(c) > 1 else "")
        return f"{sign}{s}E{'+' if adjusted >= 0 else '-'}{abs(adjusted)}"

    def __repr__(self):
        return f"Decimal('{self}')"

    def to_eng_string(self, context=None):
        leftdigits = self._exp + len(str(self._int))
        if self._special or (self._exp <= 0 and leftdigits > -6):
            return str(self)
        # The exponent a multiple of three: 1 to 3 digits before the point.
        dotplace = (leftdigits + 1) % 3 - 1 if not self._int else (leftdigits - 1) % 3 + 1
        c = str(self._int)
        if dotplace <= 0:
            intpart, frac = "0", "0" * -dotplace + c
        elif dotplace >= len(c):
            intpart, frac = c + "0" * (dotplace - len(c)), ""
        else:
            intpart, frac = c[:dotplace], c[dotplace:]
        exp = leftdigits - dotplace
        tail = f"E{exp:+d}" if exp else ""
        return ("-" if self._sign else "") + intpart + ("." + frac if frac else "") + tail

    def copy_sign(self, other, context=None):
        other = self._coerce(other)
        return _make_decimal(other._sign, self._int, self._exp, self._special)

    def scaleb(self, other, context=None):
        other = self._coerce(other)
        if self._special:
            return self
        return _make_decimal(self._sign, self._int, self._exp + int(other))._fix(context or getcontext())

    def fma(self, other, third, context=None):
        ctx = context or getcontext()
        with localcontext() as exact:
            exact.prec = 10 ** 6
            product = self * self._coerce(other)
        return product.__add__(self._coerce(third), ctx)

    def number_class(self, context=None):
        sign = "-" if self._sign else "+"
        if self._special == "F":
            return sign + "Infinity"
        if self._special == "n":
            return "NaN"
        if self._special == "N":
            return "sNaN"
        if not self._int:
            return sign + "Zero"
        ctx = context or getcontext()
        return sign + ("Subnormal" if self.adjusted() < ctx.Emin else "Normal")

    def remainder_near(self, other, context=None):
        other = self._coerce(other)
        ctx = context or getcontext()
        if self._special or other._special or not other._int:
            ctx._signal(InvalidOperation)
            return _make_decimal(0, 0, 0, "n")
        an, ad = self._fraction()
        bn, bd = other._fraction()
        q, r = divmod(an * bd, bn * ad)
        # The nearest integer quotient, ties to even.
        twice = 2 * r
        if twice > bn * ad or (twice == bn * ad and q % 2):
            q += 1
        result = self - other * Decimal(q)
        return result._fix(ctx)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def compare_total(self, other, context=None):
        other = self._coerce(other)
        a, b = (self.is_nan(), self._sign), (other.is_nan(), other._sign)
        c = self._cmp(other) if not (self._special in ("n", "N") or other._special in ("n", "N")) else 0
        if c == 0 and a == b:
            # Equal values: the smaller exponent orders first (reversed when negative).
            c = (self._exp > other._exp) - (self._exp < other._exp)
            if self._sign:
                c = -c
        elif self._sign != other._sign:
            c = -1 if self._sign else 1
        return Decimal(c)

    # ---- conversions ----

    def _fraction(self):
        if self._exp >= 0:
            return (-1) ** self._sign * self._int * 10 ** self._exp, 1
        return (-1) ** self._sign * self._int, 10 ** -self._exp

    def __float__(self):
        if self._special == "F":
            return float("-inf") if self._sign else float("inf")
        if self._special:
            return float("nan")
        return float(str(self))

    def __int__(self):
        if self._special:
            raise (ValueError("cannot convert NaN to integer") if self.is_nan()
                   else OverflowError("cannot convert Infinity to integer"))
        n, d = self._fraction()
        q = abs(n) // d
        return -q if n < 0 else q

    __trunc__ = __int__

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def as_integer_ratio(self):
        n, d = self._fraction()
        g = _math.gcd(n, d)
        return n // g, d // g

    def __round__(self, n=None):
        if n is None:
            return int(self.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
        return self.quantize(Decimal((0, (1,), -n)))

    def __floor__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.quantize(Decimal(1), rounding=ROUND_CEILING))

    def __hash__(self):
        if self._special:
            if self.is_nan():
                return object.__hash__(self)
            return hash(float(self))
        n, d = self._fraction()
        if d == 1:
            return hash(n)
        from fractions import Fraction
        return hash(Fraction(n, d))

    def __format__(self, spec):
        f = _parse_format_spec(spec)
        kind, prec = f["type"], f["prec"]
        sign = "-" if self._sign else f["sign"].replace("-", "")
        if self._special:
            body = "Infinity" if self._special == "F" else "NaN"
            if self._special == "N":
                body = "sNaN"
            if f["zero"] and f["fill"] == "0" and f["align"] == "=":
                f["fill"], f["align"] = " ", ">"
            return _align(f, sign, body + ("%" if kind == "%" else ""))
        rounding = getcontext().rounding
        capitals = getcontext().capitals
        if kind is None:
            kind = "G" if capitals else "g"
            plain = True
        else:
            plain = False
        d = self
        if kind == "%":
            d = _make_decimal(d._sign, d._int, d._exp + 2)
        if prec is not None:
            if kind in "eE":
                d = d._round_digits(prec + 1, rounding)
                short = prec + 1 - len(str(d._int))
                if short > 0 and d._int:
                    d = _make_decimal(d._sign, d._int * 10 ** short, d._exp - short)
            elif kind in "fF%":
                if d._exp < -prec or d._exp > -prec:
                    coeff = _round_coeff(d._sign, d._int, -prec - d._exp, rounding)
                    d = _make_decimal(d._sign, coeff, -prec)
            elif kind in "gG":
                d = d._round_digits(max(prec, 1), rounding)
        if not d._int and d._exp > 0 and kind in "fF%":
            # Zeros with a positive exponent have no fixed-point form: 0E+3 shows as 0.
            d = _make_decimal(d._sign, 0, 0)
        digits = str(d._int)
        leftdigits = d._exp + len(digits)
        if kind in "eE":
            dotplace = 1 - prec if (not d._int and prec is not None) else 1
        elif kind in "fF%":
            dotplace = leftdigits
        elif d._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if plain and prec is None:
            # No type: str()'s choice between fixed and exponent notation.
            dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
        if dotplace < 0:
            intpart, frac = "0", "0" * -dotplace + digits
        elif dotplace > len(digits):
            intpart, frac = digits + "0" * (dotplace - len(digits)), ""
        else:
            intpart, frac = digits[:dotplace] or "0", digits[dotplace:]
        exponent = leftdigits - dotplace
        if kind in "eE" or (kind in "gG" and exponent != 0) or (exponent != 0 and kind not in "fF%"):
            echar = "E" if kind in "EG" else "e"
            tail = f"{echar}{exponent:+d}"
        else:
            tail = ""
        if f["grouping"]:
            intpart = _group(intpart, f["grouping"], f["zero"] and f["width"] - len(sign) - len(frac) - len(tail)
                             - (1 if frac or f["alt"] else 0))
        body = intpart + ("." + frac if frac or f["alt"] else "") + tail + ("%" if kind == "%" else "")
        return _align(f, sign, body)

    def _round_digits(self, n, rounding):
        """Rounded to `n` significant digits (zero keeps its exponent)."""
        drop = len(str(self._int)) - n
        if drop <= 0 or not self._int:
            return self
        c = _round_coeff(self._sign, self._int, drop, rounding)
        exp = self._exp + drop
        if len(str(c)) > n:
            c //= 10
            exp += 1
        return _make_decimal(self._sign, c, exp)

    # ---- arithmetic ----

    def _coerce(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return NotImplemented

    def _special_binary(self, other, op):
        if self.is_nan() or other.is_nan():
            return _make_decimal(0, 0, 0, "n")
        return None

    def __add__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if self._special or other._special:
            nan = self._special_binary(other, "+")
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite() and self._sign != other._sign:
                ctx._signal(InvalidOperation)
                return _make_decimal(0, 0, 0, "n")
            return self if self.is_infinite() else other
        # Aligned to the smaller exponent; signs and powers only where needed (the common
        # case adds two numbers of one exponent).
        exp = min(self._exp, other._exp)
        a = self._int
        if self._exp != exp:
            a *= 10 ** (self._exp - exp)
        if self._sign:
            a = -a
        b = other._int
        if other._exp != exp:
            b *= 10 ** (other._exp - exp)
        if other._sign:
            b = -b
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return _make_decimal(sign, abs(total), exp)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._special_binary(other, "*")
            if nan is not None:
                return nan
            if self.is_zero() or other.is_zero():
                ctx._signal(InvalidOperation)
                return _make_decimal(0, 0, 0, "n")
            return _make_decimal(sign, 0, 0, "F")
        return _make_decimal(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._special_binary(other, "/")
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite():
                ctx._signal(InvalidOperation)
                return _make_decimal(0, 0, 0, "n")
            if self.is_infinite():
                return _make_decimal(sign, 0, 0, "F")
            return _make_decimal(sign, 0, ctx.Emin - ctx.prec + 1)
        if other._int == 0:
            if self._int == 0:
                ctx._signal(DivisionUndefined)
                return _make_decimal(0, 0, 0, "n")
            ctx._signal(DivisionByZero)
            return _make_decimal(sign, 0, 0, "F")
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make_decimal(sign, 0, ideal)
        shift = max(0, ctx.prec + len(str(other._int)) - len(str(self._int)) + 1)
        q, r = divmod(self._int * 10 ** shift, other._int)
        exp = ideal - shift
        if r:
            if q % 10 in (0, 5):
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _make_decimal(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_int(self, other, ctx):
        if other.is_zero():
            if self.is_zero():
                ctx._signal(DivisionUndefined)
            else:
                ctx._signal(DivisionByZero)
            return None
        a_n, a_d = self._fraction()
        b_n, b_d = other._fraction()
        num, den = a_n * b_d, a_d * b_n
        q = abs(num) // abs(den)
        return -q if (num < 0) != (den < 0) else q

    def __floordiv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        q = self._divide_int(other, ctx)
        if q is None:
            return _make_decimal(0, 0, 0, "n")
        return _make_decimal(1 if (q < 0 or (q == 0 and self._sign ^ other._sign)) else 0, abs(q), 0)

    def __rfloordiv__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        q = self._divide_int(other, ctx)
        if q is None:
            ctx._signal(InvalidOperation)
            return _make_decimal(0, 0, 0, "n")
        r = self - other * Decimal(q)
        exp = min(self._exp, other._exp)
        if r._exp > exp:
            r = _make_decimal(r._sign, r._int * 10 ** (r._exp - exp), exp)
        if r._int == 0:
            r = _make_decimal(self._sign, 0, exp)
        return r

    def __rmod__(self, other, context=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other):
        return self // other, self % other

    def __pow__(self, other, modulo=None):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if other._special or self._special:
            return _make_decimal(0, 0, 0, "n")
        n, d = other._fraction()
        if d != 1:
            if self._sign and self._int:
                ctx._signal(InvalidOperation)
                return _make_decimal(0, 0, 0, "n")
            if not self._int:
                return _make_decimal(0, 0, 0) if n > 0 else _make_decimal(0, 0, 0, "F")
            return self._power_real(other, ctx)
        if n >= 0:
            return _make_decimal(self._sign if n % 2 else 0, self._int ** n, self._exp * n)._fix(ctx)
        with localcontext() as c:
            c.prec = ctx.prec + 3
            denom = _make_decimal(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
            result = Decimal(1).__truediv__(denom, c)
        return result._fix(ctx)

    def _power_real(self, other, ctx):
        """self ** other for a non-integral exponent: exp(other * ln(self)), correctly rounded."""
        k_of = {}

        def approx(w):
            ln_x, err = _ln_parts(self, w)
            y_scaled = other._int * 10 ** max(other._exp, 0)
            shift = max(-other._exp, 0)
            z = ln_x * y_scaled // 10 ** shift
            if other._sign:
                z = -z
            bound = (err + 1) * (abs(y_scaled) // 10 ** shift + 1)
            value, k, exp_err = _exp_parts(_make_decimal(1 if z < 0 else 0, abs(z), -w), w)
            k_of[w] = k
            return value, exp_err + bound * 10

        r = _correctly_rounded(approx, ctx.prec)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        return _make_decimal(r._sign, r._int, r._exp + k_of[max(k_of)])

    def __rpow__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self)

    # A zero loses its sign, except under ROUND_FLOOR (where 0 - 0 is -0), as in CPython.
    def __neg__(self):
        ctx = getcontext()
        if self._int or self._special or ctx.rounding == ROUND_FLOOR:
            return self.copy_negate()._fix(ctx)
        return _make_decimal(0, 0, self._exp)

    def __pos__(self):
        ctx = getcontext()
        if self._int or self._special or ctx.rounding == ROUND_FLOOR:
            return self._fix(ctx)
        return _make_decimal(0, 0, self._exp)

    def __abs__(self):
        return self.copy_abs()._fix(getcontext())

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        if self._sign and self._int:
            ctx._signal(InvalidOperation)
            return _make_decimal(0, 0, 0, "n")
        ideal = self._exp // 2
        if self._int == 0:
            return _make_decimal(self._sign, 0, ideal)
        c, e = self._int, self._exp
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, 2 * ctx.prec + 2 - len(str(c)))
        shift += shift % 2
        c *= 10 ** shift
        r = _math.isqrt(c)
        exp = (e - shift) // 2
        if r * r != c:
            if r % 10 in (0, 5):
                r += 1
        else:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        # Square roots round half-even whatever the context's rounding (as CPython does).
        rounding, ctx.rounding = ctx.rounding, ROUND_HALF_EVEN
        try:
            return _make_decimal(0, r, exp)._fix(ctx)
        finally:
            ctx.rounding = rounding

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self._special == "F":
                return _make_decimal(0, 0, 0) if self._sign else _make_decimal(0, 0, 0, "F")
            return self._nan_result(ctx)
        if self._int == 0:
            return _make_decimal(0, 1, 0)
        if self.adjusted() >= 7:
            # Far past Emax (or below Etiny): CPython overflows, or underflows to zero.
            if self._sign:
                for cond in (Underflow, Subnormal, Inexact, Rounded, Clamped):
                    ctx._signal(cond)
                return _make_decimal(0, 0, ctx.Emin - ctx.prec + 1)
            ctx._signal(Overflow)
            return _make_decimal(0, 0, 0, "F")
        k_of = {}

        def approx(w):
            n, k, err = _exp_parts(self, w)
            k_of[w] = k
            return n, err

        r = _correctly_rounded(approx, ctx.prec)
        # approx() ran last with the w whose result was kept.
        k = k_of[max(k_of)]
        result = _make_decimal(r._sign, r._int, r._exp + k)
        if result.adjusted() > ctx.Emax:
            ctx._signal(Overflow)
            return _make_decimal(0, 0, 0, "F")
        if result.adjusted() < ctx.Emin:
            # Subnormal results are not kept: they underflow to zero (CPython keeps the
            # digits that fit above Etiny).
            for cond in (Underflow, Subnormal, Inexact, Rounded, Clamped):
                ctx._signal(cond)
            return _make_decimal(0, 0, ctx.Emin - ctx.prec + 1)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        return result

    def _nan_result(self, ctx):
        if self._special == "N":
            ctx._signal(InvalidOperation)
            return _make_decimal(self._sign, self._int, 0, "n")
        return self

    def _log_checks(self, ctx):
        """The result for the special inputs of ln/log10, or None."""
        if self._special in ("n", "N"):
            return self._nan_result(ctx)
        if self._sign and (self._int or self._special):
            ctx._signal(InvalidOperation)
            return _make_decimal(0, 0, 0, "n")
        if self._special == "F":
            return _make_decimal(0, 0, 0, "F")
        if self._int == 0:
            return _make_decimal(1, 0, 0, "F")
        return None

    def ln(self, context=None):
        ctx = context or getcontext()
        special = self._log_checks(ctx)
        if special is not None:
            return special
        if self._int * 10 ** max(self._exp, 0) == 10 ** max(-self._exp, 0):
            return _make_decimal(0, 0, 0)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        return _correctly_rounded(lambda w: _ln_parts(self, w), ctx.prec)

    def log10(self, context=None):
        ctx = context or getcontext()
        special = self._log_checks(ctx)
        if special is not None:
            return special
        digits = str(self._int)
        if digits == "1" + "0" * (len(digits) - 1):
            return Decimal(self._exp + len(digits) - 1)

        def approx(w):
            n, err = _ln_parts(self, w)
            ln10 = _ln_fixed(10 * 10 ** w, w)
            return n * 10 ** w // ln10, err + 3

        ctx._signal(Inexact)
        ctx._signal(Rounded)
        return _correctly_rounded(approx, ctx.prec)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = self._coerce(exp)
        if self._special or exp._special:
            if self.is_infinite() and exp.is_infinite():
                return _make_decimal(self._sign, 0, 0, "F")
            ctx._signal(InvalidOperation)
            return _make_decimal(0, 0, 0, "n")
        target = exp._exp
        coeff = _round_coeff(self._sign, self._int, target - self._exp, rounding or ctx.rounding)
        if coeff >= _ten_power(ctx.prec):
            ctx._signal(InvalidOperation)
            return _make_decimal(0, 0, 0, "n")
        if target > self._exp and self._int:
            # Digits went: CPython signals Rounded, and Inexact when they were not all zeros.
            ctx._signal_rounding(self._int % _ten_power(target - self._exp))
        return _make_decimal(self._sign, coeff, target)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        return self.quantize(Decimal(1), rounding, context)

    to_integral = to_integral_value

    def normalize(self, context=None):
        ctx = context or getcontext()
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return _make_decimal(d._sign, 0, 0)
        c, e = d._int, d._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return _make_decimal(d._sign, c, e)

    def max(self, other, context=None):
        return self if self >= other else other

    def min(self, other, context=None):
        return self if self <= other else other

    # ---- comparisons ----

    def _compare_key(self, other):
        if isinstance(other, float):
            other = Decimal(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            # Fractions (any numbers.Rational) compare exactly, as in CPython. Other Rationals
            # exist only once numbers is imported, which decimal itself never needs.
            from fractions import Fraction
            numbers = __import__("sys").modules.get("numbers")
            if isinstance(other, Fraction) or (numbers is not None and isinstance(other, numbers.Rational)):
                return _RationalOperand(other.numerator, other.denominator)
            return NotImplemented
        return other

    def _cmp(self, other):
        if self.is_infinite() or other.is_infinite():
            a = 0 if not self.is_infinite() else (-1 if self._sign else 1)
            b = 0 if not other.is_infinite() else (-1 if other._sign else 1)
            if a != b or a:
                return (a > b) - (a < b)
        an, ad = self._fraction()
        bn, bd = other._fraction()
        x, y = an * bd, bn * ad
        return (x > y) - (x < y)

    def __eq__(self, other):
        other = self._compare_key(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp(other) == 0

    def _order(self, other, test):
        other = self._compare_key(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            getcontext()._signal(InvalidOperation)
            return False
        return test(self._cmp(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = self._coerce(other)
        return Decimal(self._cmp(other))

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _RationalOperand:
    """A Fraction on the other side of a Decimal comparison: finite, never NaN."""

    __slots__ = ("_num", "_den")

    def __init__(self, num, den):
        self._num = num
        self._den = den

    def is_nan(self):
        return False

    def is_infinite(self):
        return False

    def _fraction(self):
        return self._num, self._den


# Decimal is a numbers.Number; numbers registers it itself when it is imported after us.
if "numbers" in __import__("sys").modules:
    __import__("sys").modules["numbers"].Number.register(Decimal)


# The everyday operations on finite decimals run natively (compiler/src/modules/decimal_fast):
# each native answers the common case and calls the method it replaces for the rest.
def _install_natives():
    try:
        import _decimal_fast
    except ImportError:
        return
    state = _decimal_fast.state(Decimal, _context, Inexact, Rounded)
    for name in ("__add__", "__radd__", "__sub__", "__mul__", "__rmul__", "quantize", "__str__",
                 "__lt__", "__le__", "__gt__", "__ge__"):
        setattr(Decimal, name, _decimal_fast.method(state, name, Decimal.__dict__[name]))


_install_natives()

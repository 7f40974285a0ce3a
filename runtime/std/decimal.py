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
        signal = next((s for s in _SIGNALS if issubclass(cond, s)), cond)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([cond])

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


class Decimal:
    __module__ = "decimal"
    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = None
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
        d = object.__new__(cls)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    @classmethod
    def from_float(cls, f):
        return cls(f)

    def _fix(self, ctx):
        """Rounded to the context's precision."""
        if self._special:
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
        ctx._signal(Rounded)
        if self._int % 10 ** drop:
            ctx._signal(Inexact)
        return Decimal._make(self._sign, c, exp)

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
        return Decimal._make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp, self._special)

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

    def to_eng_string(self):
        return str(self)

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
        if not spec:
            return str(self)
        kind = spec[-1]
        if kind == "f" or kind == "%":
            head = spec[:-1]
            prec = 6
            if "." in head:
                head, p = head.rsplit(".", 1)
                prec = int(p)
            value = self * 100 if kind == "%" else self
            q = value.quantize(Decimal((0, (1,), -prec)))
            body = str(abs(q)) if q._exp <= 0 and q.adjusted() >= -6 else format(float(abs(q)), f".{prec}f")
            if q._exp < 0 and "E" in body:
                body = format(float(abs(q)), f".{prec}f")
            s = ("-" if q._sign else "") + body + ("%" if kind == "%" else "")
            return format(s, head.replace(",", "")) if head else s
        return format(float(self), spec)

    # ---- arithmetic ----

    def _coerce(self, other):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return NotImplemented

    def _special_binary(self, other, op):
        if self.is_nan() or other.is_nan():
            return Decimal._make(0, 0, 0, "n")
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
                return Decimal._make(0, 0, 0, "n")
            return self if self.is_infinite() else other
        exp = min(self._exp, other._exp)
        a = (-1) ** self._sign * self._int * 10 ** (self._exp - exp)
        b = (-1) ** other._sign * other._int * 10 ** (other._exp - exp)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return Decimal._make(sign, abs(total), exp)._fix(ctx)

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
                return Decimal._make(0, 0, 0, "n")
            return Decimal._make(sign, 0, 0, "F")
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

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
                return Decimal._make(0, 0, 0, "n")
            if self.is_infinite():
                return Decimal._make(sign, 0, 0, "F")
            return Decimal._make(sign, 0, ctx.Emin - ctx.prec + 1)
        if other._int == 0:
            if self._int == 0:
                ctx._signal(DivisionUndefined)
                return Decimal._make(0, 0, 0, "n")
            ctx._signal(DivisionByZero)
            return Decimal._make(sign, 0, 0, "F")
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)
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
        return Decimal._make(sign, q, exp)._fix(ctx)

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
            return Decimal._make(0, 0, 0, "n")
        return Decimal._make(1 if (q < 0 or (q == 0 and self._sign ^ other._sign)) else 0, abs(q), 0)

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
            return Decimal._make(0, 0, 0, "n")
        r = self - other * Decimal(q)
        exp = min(self._exp, other._exp)
        if r._exp > exp:
            r = Decimal._make(r._sign, r._int * 10 ** (r._exp - exp), exp)
        if r._int == 0:
            r = Decimal._make(self._sign, 0, exp)
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
            return Decimal._make(0, 0, 0, "n")
        n, d = other._fraction()
        if d != 1:
            return Decimal(repr(float(self) ** float(other)))._fix(ctx)
        if n >= 0:
            return Decimal._make(self._sign if n % 2 else 0, self._int ** n, self._exp * n)._fix(ctx)
        with localcontext() as c:
            c.prec = ctx.prec + 3
            denom = Decimal._make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
            result = Decimal(1).__truediv__(denom, c)
        return result._fix(ctx)

    def __rpow__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self)

    def __neg__(self):
        return self.copy_negate()._fix(getcontext()) if self._int or self._special else Decimal._make(0, 0, self._exp)

    def __pos__(self):
        return self._fix(getcontext()) if self._int or self._special else Decimal._make(0, 0, self._exp)

    def __abs__(self):
        return self.copy_abs()._fix(getcontext())

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        if self._sign and self._int:
            ctx._signal(InvalidOperation)
            return Decimal._make(0, 0, 0, "n")
        ideal = self._exp // 2
        if self._int == 0:
            return Decimal._make(self._sign, 0, ideal)
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
        return Decimal._make(0, r, exp)._fix(ctx)

    def quantize(self, exp, rounding=None, context=None):
        ctx = context or getcontext()
        exp = self._coerce(exp)
        if self._special or exp._special:
            if self.is_infinite() and exp.is_infinite():
                return Decimal._make(self._sign, 0, 0, "F")
            ctx._signal(InvalidOperation)
            return Decimal._make(0, 0, 0, "n")
        target = exp._exp
        coeff = _round_coeff(self._sign, self._int, target - self._exp, rounding or ctx.rounding)
        if len(str(coeff)) > ctx.prec:
            ctx._signal(InvalidOperation)
            return Decimal._make(0, 0, 0, "n")
        return Decimal._make(self._sign, coeff, target)

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
            return Decimal._make(d._sign, 0, 0)
        c, e = d._int, d._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        return Decimal._make(d._sign, c, e)

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

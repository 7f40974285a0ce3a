# The `fractions` module of Edge Python (written for this runtime).

import math as _math

__all__ = ["Fraction"]

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _digits(s):
    # Digits with single underscores between them; returns the int or None.
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return None
    for c in s:
        if not (c == "_" or "0" <= c <= "9"):
            return None
    return int(s.replace("_", ""))


def _parse(text):
    s = text.strip()
    neg = False
    if s[:1] in ("+", "-"):
        neg = s[0] == "-"
        s = s[1:]
    if "/" in s:
        num_s, den_s = s.split("/", 1)
        num = _digits(num_s)
        den = _digits(den_s)
        if num is None or den is None:
            return None
        if den == 0:
            raise ZeroDivisionError("Fraction(" + str(num) + ", 0)")
        return (-num if neg else num), den
    exp = 0
    low = s.lower()
    if "e" in low:
        k = low.index("e")
        exp_s = s[k + 1:]
        s = s[:k]
        esign = 1
        if exp_s[:1] in ("+", "-"):
            esign = -1 if exp_s[0] == "-" else 1
            exp_s = exp_s[1:]
        e = _digits(exp_s)
        if e is None:
            return None
        exp = esign * e
    if "." in s:
        int_s, frac_s = s.split(".", 1)
    else:
        int_s, frac_s = s, ""
    if not int_s and not frac_s:
        return None
    if int_s and not int_s[0].isdigit():
        return None
    if not int_s and "." not in s:
        return None
    num = _digits(int_s) if int_s else 0
    if num is None:
        return None
    den = 1
    if frac_s:
        f = _digits(frac_s)
        if f is None:
            return None
        scale = 10 ** len(frac_s.replace("_", ""))
        num = num * scale + f
        den = scale
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return (-num if neg else num), den


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: " + repr(numerator))
                numerator, denominator = parsed
            elif hasattr(numerator, "as_integer_ratio") and not isinstance(numerator, complex):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a = Fraction(numerator)
                b = Fraction(denominator)
                numerator = a._numerator * b._denominator
                denominator = b._numerator * a._denominator
            else:
                numerator = int(numerator)
                denominator = int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(" + str(numerator) + ", 0)")
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(cls.__name__ + ".from_float() only takes floats, not "
                            + repr(f) + " (" + type(f).__name__ + ")")
        n, d = f.as_integer_ratio()
        return cls(n, d)

    @classmethod
    def from_number(cls, number):
        return cls(number)

    @classmethod
    def _make(cls, n, d):
        obj = object.__new__(cls)
        obj._numerator = n
        obj._denominator = d
        return obj

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return type(self).__name__ + "(" + str(self._numerator) + ", " + str(self._denominator) + ")"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return str(self._numerator) + "/" + str(self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        last = spec[-1]
        if last in "eEfFgG%":
            return format(float(self), spec)
        return format(str(self), spec)

    # -- arithmetic ---------------------------------------------------------------------------

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction._make(int(other), 1)
        return None

    def __add__(a, b):
        f = a._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator + f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f + b
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        f = a._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator - f._numerator * a._denominator,
                            a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f - b
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        f = a._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._numerator, a._denominator * f._denominator)
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f * b
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    def __truediv__(a, b):
        f = a._coerce(b)
        if f is not None:
            return Fraction(a._numerator * f._denominator, a._denominator * f._numerator)
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f / b
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        f = a._coerce(b)
        if f is not None:
            return (a._numerator * f._denominator) // (a._denominator * f._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        f = a._coerce(b)
        if f is not None:
            da, db = a._denominator, f._denominator
            return Fraction((a._numerator * db) % (f._numerator * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        f = b._coerce(a)
        if f is not None:
            return f % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        f = a._coerce(b)
        if f is not None:
            da, db = a._denominator, f._denominator
            q, r = divmod(a._numerator * db, da * f._numerator)
            return q, Fraction(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        f = b._coerce(a)
        if f is not None:
            return divmod(f, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b, modulo=None):
        if modulo is not None:
            return NotImplemented
        f = a._coerce(b)
        if f is not None:
            if f._denominator == 1:
                p = f._numerator
                if p >= 0:
                    return Fraction._make(a._numerator ** p, a._denominator ** p)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(" + str(a._denominator ** -p) + ", 0)")
                if a._numerator > 0:
                    return Fraction._make(a._denominator ** -p, a._numerator ** -p)
                return Fraction._make((-a._denominator) ** -p, (-a._numerator) ** -p)
            return float(a) ** float(f)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction._make(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._make(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._make(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, rem = divmod(self._numerator, d)
            if rem * 2 < d:
                return floor
            if rem * 2 > d:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # -- comparisons --------------------------------------------------------------------------

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return False
            return a == Fraction(b)
        if isinstance(b, complex):
            return b.imag == 0 and a == b.real
        return NotImplemented

    def _cmp(a, b):
        # Returns a._numerator*d - n*a._denominator sign proxy, or None for unsupported types.
        if isinstance(b, Fraction):
            return a._numerator * b._denominator - b._numerator * a._denominator
        if isinstance(b, int):
            return a._numerator - b * a._denominator
        return None

    def _richcmp(a, b, op):
        c = a._cmp(b)
        if c is None:
            if isinstance(b, float):
                if _math.isnan(b):
                    return False
                if _math.isinf(b):
                    c = -1 if b > 0 else 1
                else:
                    c = a._cmp(Fraction(b))
            else:
                return NotImplemented
        if op == 0:
            return c < 0
        if op == 1:
            return c <= 0
        if op == 2:
            return c > 0
        return c >= 0

    def __lt__(a, b):
        return a._richcmp(b, 0)

    def __le__(a, b):
        return a._richcmp(b, 1)

    def __gt__(a, b):
        return a._richcmp(b, 2)

    def __ge__(a, b):
        return a._richcmp(b, 3)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# Fraction is a numbers.Rational; numbers registers it itself when it is imported after us.
if "numbers" in __import__("sys").modules:
    __import__("sys").modules["numbers"].Rational.register(Fraction)

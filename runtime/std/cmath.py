"""Mathematical functions for complex numbers, computed over math as CPython's cmath computes
them (the same formulas, branch cuts, signed zeros and overflow guards), so finite arguments
give CPython's results.

Supported: phase, polar, rect, exp, log (with a base), log10, sqrt, the trigonometric and
hyperbolic functions and their inverses, isfinite, isinf, isnan, isclose, and the constants
pi, e, tau, inf, infj, nan, nanj. Errors: ValueError('math domain error') at a singularity
(log(0), atanh(1), ...), OverflowError('math range error') when a result overflows.

Not supported: arguments with an infinite or NaN part (other than in isfinite, isinf, isnan,
isclose, phase, polar and abs): they raise ValueError instead of returning CPython's table of
special values.
"""

import math as _m

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "e", "exp", "inf", "infj",
           "isclose", "isfinite", "isinf", "isnan", "log", "log10", "nan", "nanj", "phase", "pi", "polar",
           "rect", "sin", "sinh", "sqrt", "tan", "tanh", "tau"]

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MIN = 2.2250738585072014e-308
_DBL_MAX = 1.7976931348623157e308
_MANT_DIG = 53
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2


def _complex(z):
    """The argument as a complex, converted as CPython's cmath converts it."""
    if type(z) is complex:
        return z
    if isinstance(z, complex):
        return complex(z.real, z.imag)
    method = getattr(type(z), "__complex__", None)
    if method is not None:
        c = method(z)
        if not isinstance(c, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(c).__name__})")
        return c
    if isinstance(z, float):
        return complex(z, 0.0)
    if hasattr(type(z), "__float__") or hasattr(type(z), "__index__"):
        return complex(float(z), 0.0)
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _finite(name, z):
    if not (_m.isfinite(z.real) and _m.isfinite(z.imag)):
        raise ValueError(f"cmath.{name}() of a complex number with an infinite or NaN part is not supported")


def _checked(x, y):
    """complex(x, y), or OverflowError when a finite argument overflowed."""
    if _m.isinf(x) or _m.isinf(y):
        raise OverflowError("math range error")
    return complex(x, y)


def _hypot(x, y):
    # libm's hypot, as CPython's cmath uses (math.hypot rounds its own way).
    return abs(complex(x, y))


def _sqrt(z):
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Subnormal parts: scale up so the square root keeps its precision.
        ax = _m.ldexp(ax, _SCALE_UP)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = _m.log(_hypot(_m.ldexp(ax, _MANT_DIG), _m.ldexp(ay, _MANT_DIG))) - _MANT_DIG * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big, small = (ax, ay) if ax > ay else (ay, ax)
            real = _m.log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def _asinh(z):
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            real = _m.copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -_m.copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def _atanh(z):
    x, y = z.real, z.imag
    if x < 0.0:
        r = _atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def _cosh(z):
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE:
        # cosh(x) overflows before cos(y) * cosh(x) does: compute e * cosh(x - 1).
        x1 = x - _m.copysign(1.0, x)
        return _checked(_m.cos(y) * _big(_m.cosh, x1) * e, _m.sin(y) * _big(_m.sinh, x1) * e)
    return _checked(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))


def _sinh(z):
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE:
        x1 = x - _m.copysign(1.0, x)
        return _checked(_m.cos(y) * _big(_m.sinh, x1) * e, _m.sin(y) * _big(_m.cosh, x1) * e)
    return _checked(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))


def _big(f, x):
    """f(x), infinite instead of OverflowError (a zero factor may still make the product finite)."""
    try:
        return f(x)
    except OverflowError:
        return _m.copysign(inf, x) if f is _m.sinh else inf


def _tanh(z):
    x, y = z.real, z.imag
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _times_minus_i(s):
    return complex(s.imag, -s.real)


def _times_i(z):
    return complex(-z.imag, z.real)


def sqrt(z):
    """Return the square root of z."""
    z = _complex(z)
    _finite("sqrt", z)
    return _sqrt(z)


def exp(z):
    """Return the exponential value e**z."""
    z = _complex(z)
    _finite("exp", z)
    x, y = z.real, z.imag
    if x > _LOG_LARGE:
        scale = _big(_m.exp, x - 1.0)
        return _checked(scale * _m.cos(y) * e, scale * _m.sin(y) * e)
    scale = _m.exp(x)
    return _checked(scale * _m.cos(y), scale * _m.sin(y))


def log(z, base=None):
    """log(z[, base]) -> the logarithm of z to the given base (natural logarithm by default)."""
    z = _complex(z)
    _finite("log", z)
    r = _log(z)
    if base is None:
        return r
    base = _complex(base)
    _finite("log", base)
    b = _log(base)
    if b.real == 0.0 and b.imag == 0.0:
        raise ValueError("math domain error")
    return r / b


def log10(z):
    """Return the base-10 logarithm of z."""
    z = _complex(z)
    _finite("log10", z)
    r = _log(z)
    return complex(r.real / _LN10, r.imag / _LN10)


def asinh(z):
    """Return the inverse hyperbolic sine of z."""
    z = _complex(z)
    _finite("asinh", z)
    return _asinh(z)


def asin(z):
    """Return the arc sine of z."""
    z = _complex(z)
    _finite("asin", z)
    return _times_minus_i(_asinh(_times_i(z)))


def acos(z):
    """Return the arc cosine of z."""
    z = _complex(z)
    _finite("acos", z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.atan2(abs(y), x)
        big = _m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return complex(real, -_m.copysign(big, y) if x < 0 else _m.copysign(big, -y))
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    """Return the inverse hyperbolic cosine of z."""
    z = _complex(z)
    _finite("acosh", z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z):
    """Return the inverse hyperbolic tangent of z."""
    z = _complex(z)
    _finite("atanh", z)
    return _atanh(z)


def atan(z):
    """Return the arc tangent of z."""
    z = _complex(z)
    _finite("atan", z)
    return _times_minus_i(_atanh(_times_i(z)))


def cosh(z):
    """Return the hyperbolic cosine of z."""
    z = _complex(z)
    _finite("cosh", z)
    return _cosh(z)


def sinh(z):
    """Return the hyperbolic sine of z."""
    z = _complex(z)
    _finite("sinh", z)
    return _sinh(z)


def tanh(z):
    """Return the hyperbolic tangent of z."""
    z = _complex(z)
    _finite("tanh", z)
    return _tanh(z)


def cos(z):
    """Return the cosine of z."""
    z = _complex(z)
    _finite("cos", z)
    return _cosh(_times_i(z))


def sin(z):
    """Return the sine of z."""
    z = _complex(z)
    _finite("sin", z)
    return _times_minus_i(_sinh(_times_i(z)))


def tan(z):
    """Return the tangent of z."""
    z = _complex(z)
    _finite("tan", z)
    return _times_minus_i(_tanh(_times_i(z)))


def phase(z):
    """Return argument, also known as the phase angle, of a complex."""
    z = _complex(z)
    phi = _m.atan2(z.imag, z.real)
    if phi == 0.0 and z.imag != 0.0 and _m.isfinite(z.real):
        # glibc's atan2 reports a result that underflowed to zero as a range error; CPython raises it.
        raise OverflowError("math range error")
    return phi


def polar(z):
    """Convert a complex from rectangular coordinates to polar coordinates (r, phi)."""
    z = _complex(z)
    if _m.isinf(z.real) or _m.isinf(z.imag):
        return inf, _m.atan2(z.imag, z.real)
    r = _hypot(z.real, z.imag)
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real_arg(r)
    phi = _real_arg(phi)
    if not (_m.isfinite(r) and _m.isfinite(phi)):
        raise ValueError("cmath.rect() of an infinite or NaN argument is not supported")
    if phi == 0.0:
        # Keeps the sign of a zero phase in the imaginary part.
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def _real_arg(x):
    if isinstance(x, complex):
        raise TypeError("must be real number, not complex")
    if isinstance(x, float):
        return x
    if hasattr(type(x), "__float__") or hasattr(type(x), "__index__"):
        return float(x)
    raise TypeError(f"must be real number, not {type(x).__name__}")


def isfinite(z):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _complex(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    """Checks if the real or imaginary part of z is infinite."""
    z = _complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _complex(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _complex(a)
    b = _complex(b)
    rel_tol = _real_arg(rel_tol)
    abs_tol = _real_arg(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if _m.isinf(a.real) or _m.isinf(a.imag) or _m.isinf(b.real) or _m.isinf(b.imag):
        return False
    diff = _hypot(a.real - b.real, a.imag - b.imag)
    return (diff <= rel_tol * _hypot(b.real, b.imag) or diff <= rel_tol * _hypot(a.real, a.imag)
            or diff <= abs_tol)

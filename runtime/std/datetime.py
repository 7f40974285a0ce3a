# The `datetime` module of Edge Python, written from the library documentation: date, time,
# datetime, timedelta, tzinfo and fixed-offset timezones. Local time is UTC (the wasm host
# has no time zone database; the CLI follows the same rule so both print the same).
import time as _time
from _types import _native_named

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0]
for _d in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _d)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    return 29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m - 1] + (m > 2 and _is_leap(y)) + d


def _ord_to_ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    m = 1
    while True:
        dim = _days_in_month(y, m)
        if n < dim:
            return y, m, n + 1
        n -= dim
        m += 1


def _check_int(v):
    if type(v) is int:
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None
    return index(v)


def _check_date(y, m, d):
    y, m, d = _check_int(y), _check_int(m), _check_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f"year {y} is out of range")
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h, mi, s, us = _check_int(h), _check_int(mi), _check_int(s), _check_int(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


# Messages and reprs name the module's own classes `datetime.X`, as CPython names its C types,
# and subclasses by their plain name.
def _type_name(obj):
    cls = type(obj)
    return "datetime." + cls.__name__ if cls in _NATIVE_TYPES else cls.__name__


# Stands for an argument not given, where None is a value the argument can take.
_MISSING = object()


def _require(value, name, pos):
    if value is _MISSING:
        raise TypeError(f"function missing required argument '{name}' (pos {pos})")
    return value


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


# ---- timedelta ----

class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        for p in parts:
            if not isinstance(p, (int, float)):
                raise TypeError(f"unsupported type for timedelta {_TD_NAMES[parts.index(p)]} component: {type(p).__name__}")
        if all(isinstance(p, int) for p in parts):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            # Whole parts exactly, fractions through one float sum rounded half to even.
            total = 0
            frac = 0.0
            for value, scale in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                                 (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
                if isinstance(value, float):
                    whole = int(value)
                    total += whole * scale
                    frac += (value - whole) * scale
                else:
                    total += value * scale
            total += round(frac)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        self = object.__new__(cls)
        days, rem = divmod(total, 86400000000)
        if not -2**31 <= days < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self._days = days
        self._seconds, self._microseconds = divmod(rem, 1000000)
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return f"{_type_name(self)}({', '.join(args) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            s = f"{self._days} day{'s' if abs(self._days) != 1 else ''}, " + s
        if self._microseconds:
            s += f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_div_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_div_half_even(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_div_half_even(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        return self._us() == other._us() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._us() < other._us() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._us() <= other._us() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._us() > other._us() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._us() >= other._us() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


# CPython's messages about its arguments name the C function `__new__`.
timedelta.__new__.__qualname__ = "__new__"

_TD_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks")


def _div_half_even(a, b):
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    elif r2 < b or (r2 == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- tzinfo and timezone ----

class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        dst = dt.dst() or timedelta(0)
        dt += off - dst
        return dt + (dt.dst() or timedelta(0))


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "-" if off.days < 0 else "+"
    off = abs(off)
    hh, rem = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off.microseconds:
        s += f"{sep}{ss:02d}"
        if off.microseconds:
            s += f".{off.microseconds:06d}"
    return s


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        if name is None and not offset and getattr(cls, "utc", None) is not None:
            return cls.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)


timezone.utc = None
timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- strftime / strptime ----

def _strftime(fmt, d, t, off, tzname=None):
    """`d`: (year, month, day) or None; `t`: (hour, minute, second, microsecond) or None;
    `off`: the UTC offset (a timedelta) or None."""
    y, m, dd = d if d else (1900, 1, 1)
    hh, mi, ss, us = t if t else (0, 0, 0, 0)
    wd = (_ymd_to_ord(y, m, dd) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m - 1] + (m > 2 and _is_leap(y)) + dd
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "a":
            out.append(_DAYS[wd])
        elif k == "A":
            out.append(_DAY_NAMES[wd])
        elif k == "w":
            out.append(str((wd + 1) % 7))
        elif k == "u":
            out.append(str(wd + 1))
        elif k == "d":
            out.append(f"{dd:02d}")
        elif k == "e":
            out.append(f"{dd:2d}")
        elif k == "b" or k == "h":
            out.append(_MONTHS[m - 1])
        elif k == "B":
            out.append(_MONTH_NAMES[m - 1])
        elif k == "m":
            out.append(f"{m:02d}")
        elif k == "y":
            out.append(f"{y % 100:02d}")
        elif k == "Y":
            out.append(str(y))
        elif k == "C":
            out.append(f"{y // 100:02d}")
        elif k == "H":
            out.append(f"{hh:02d}")
        elif k == "I":
            out.append(f"{(hh % 12) or 12:02d}")
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "M":
            out.append(f"{mi:02d}")
        elif k == "S":
            out.append(f"{ss:02d}")
        elif k == "f":
            out.append(f"{us:06d}")
        elif k == "j":
            out.append(f"{yday:03d}")
        elif k == "U":
            out.append(f"{(yday + 6 - (wd + 1) % 7) // 7:02d}")
        elif k == "W":
            out.append(f"{(yday + 6 - wd) // 7:02d}")
        elif k in "GVg":
            iy, iw, _ = _isocalendar(y, m, dd)
            out.append(str(iy) if k == "G" else (f"{iw:02d}" if k == "V" else f"{iy % 100:02d}"))
        elif k == "z":
            out.append(_format_offset(off, "") if off is not None else "")
        elif k == "Z":
            out.append(tzname or "")
        elif k == "c":
            out.append(f"{_DAYS[wd]} {_MONTHS[m - 1]} {dd:2d} {hh:02d}:{mi:02d}:{ss:02d} {y}")
        elif k == "x":
            out.append(f"{m:02d}/{dd:02d}/{y % 100:02d}")
        elif k == "X":
            out.append(f"{hh:02d}:{mi:02d}:{ss:02d}")
        elif k == "D":
            out.append(f"{m:02d}/{dd:02d}/{y % 100:02d}")
        elif k == "F":
            out.append(f"{y}-{m:02d}-{dd:02d}")
        elif k == "T":
            out.append(f"{hh:02d}:{mi:02d}:{ss:02d}")
        elif k == "R":
            out.append(f"{hh:02d}:{mi:02d}")
        elif k == "n":
            out.append("\n")
        elif k == "t":
            out.append("\t")
        elif k == "%":
            out.append("%")
        else:
            out.append("%" + k)
    return "".join(out)


def _format_with(obj, fmt, d, t):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    return _strftime(fmt, d, t, obj.utcoffset(), obj.tzname())


def _isocalendar(y, m, d):
    def week1_monday(year):
        first = _ymd_to_ord(year, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd
        if wd > 3:
            monday += 7
        return monday

    today = _ymd_to_ord(y, m, d)
    year = y
    start = week1_monday(year)
    if today < start:
        year -= 1
        start = week1_monday(year)
    elif today >= week1_monday(year + 1):
        year += 1
        start = week1_monday(year)
    week, day = divmod(today - start, 7)
    return year, week + 1, day + 1


_STRPTIME_RANGES = {"d": (1, 31), "e": (1, 31), "m": (1, 12), "H": (0, 23), "M": (0, 59), "S": (0, 61),
                    "I": (1, 12), "j": (1, 366), "U": (0, 53), "W": (0, 53), "w": (0, 6)}


def _strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data).__name__}")
    if not isinstance(fmt, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(fmt).__name__}")
    vals = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    tz = None
    pos = 0
    i = 0

    def fail():
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")

    def digits(lo, hi):
        nonlocal pos
        j = pos
        while j < len(data) and j - pos < hi and data[j].isdigit():
            j += 1
        if j - pos < lo:
            fail()
        s = data[pos:j]
        pos = j
        return s

    def word(names):
        nonlocal pos
        for idx, name in enumerate(names):
            if data[pos:pos + len(name)].lower() == name.lower():
                pos += len(name)
                return idx
        fail()

    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            k = fmt[i + 1]
            i += 2
            if k in "dmHMSIjUWwe":
                width = 3 if k == "j" else (1 if k == "w" else 2)
                v = int(digits(1, width))
                lo, hi = _STRPTIME_RANGES[k]
                if not lo <= v <= hi:
                    fail()
                vals["d" if k == "e" else k] = v
            elif k == "Y":
                vals["Y"] = int(digits(4, 4))
            elif k == "y":
                v = int(digits(2, 2))
                vals["Y"] = v + (2000 if v < 69 else 1900)
            elif k == "f":
                s = digits(1, 6)
                vals["f"] = int(s + "0" * (6 - len(s)))
            elif k == "b" or k == "h":
                vals["m"] = word(_MONTHS) + 1
            elif k == "B":
                vals["m"] = word(_MONTH_NAMES) + 1
            elif k == "a":
                word(_DAYS)
            elif k == "A":
                word(_DAY_NAMES)
            elif k == "p":
                pm = word(["AM", "PM"])
            elif k == "z":
                if data[pos:pos + 1] == "Z":
                    pos += 1
                    tz = timezone.utc
                else:
                    sign = data[pos:pos + 1]
                    if sign not in ("+", "-"):
                        fail()
                    pos += 1
                    hh = int(digits(2, 2))
                    if data[pos:pos + 1] == ":":
                        pos += 1
                    mm = int(digits(2, 2))
                    off = timedelta(hours=hh, minutes=mm)
                    tz = timezone(-off if sign == "-" else off)
            elif k == "Z":
                word(["UTC", "GMT"])
            elif k == "%":
                if data[pos:pos + 1] != "%":
                    fail()
                pos += 1
            else:
                raise ValueError(f"'{k}' is a bad directive in format '%{k}'")
        elif c.isspace():
            i += 1
            while pos < len(data) and data[pos].isspace():
                pos += 1
        else:
            if data[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos != len(data):
        raise ValueError(f"unconverted data remains: {data[pos:]}")
    hour = vals["H"]
    if "I" in vals:
        hour = vals["I"] % 12 + (12 if pm == 1 else 0)
    if vals.get("j"):
        y, m, d = _ord_to_ymd(_ymd_to_ord(vals["Y"], 1, 1) + vals["j"] - 1)
        vals["m"], vals["d"] = m, d
    return datetime(vals["Y"], vals["m"], vals["d"], hour, vals["M"], vals["S"], vals["f"], tz)


# ---- ISO format parsing ----

def _parse_iso_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        y, m, d = s[0:4], s[5:7], s[8:10]
    elif len(s) == 8 and s.isdigit():
        y, m, d = s[0:4], s[4:6], s[6:8]
    else:
        return None
    if not (y.isdigit() and m.isdigit() and d.isdigit()):
        return None
    return int(y), int(m), int(d)


def _parse_iso_time(s):
    tz = None
    for mark in ("Z", "+", "-"):
        j = s.find(mark)
        if j >= 0:
            tzs = s[j:]
            s = s[:j]
            if tzs == "Z":
                tz = timezone.utc
            else:
                rest = tzs[1:].replace(":", "")
                frac = 0
                if "." in rest:
                    rest, f = rest.split(".", 1)
                    frac = int((f + "000000")[:6])
                if not rest.isdigit() or len(rest) not in (2, 4, 6):
                    return None
                hh, mm, ss = int(rest[0:2]), int(rest[2:4] or 0), int(rest[4:6] or 0)
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=frac)
                tz = timezone(-off if tzs[0] == "-" else off)
            break
    us = 0
    for sep in (".", ","):
        if sep in s:
            s, f = s.split(sep, 1)
            if not f.isdigit() or len(f) > 9:
                return None
            us = int((f + "000000")[:6])
            break
    parts = s.split(":") if ":" in s else [s[k:k + 2] for k in range(0, len(s), 2)]
    if not parts or len(parts) > 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        return None
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], us, tz


# ---- date ----

def _is_state(value, size):
    return isinstance(value, (bytes, str)) and len(value) == size


def _state_bytes(value):
    return value.encode("latin-1") if isinstance(value, str) else value


class date:
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING and _is_state(year, 4) and 1 <= _state_bytes(year)[2] <= 12:
            # The pickled form: date(bytes([year >> 8, year & 255, month, day])).
            b = _state_bytes(year)
            year, month, day = b[0] * 256 + b[1], b[2], b[3]
        y, m, d = _check_date(year, _require(month, "month", 2), _require(day, "day", 3))
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ord_to_ymd(int(t // 86400) + _EPOCH_ORD)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORD:
            raise ValueError(f"ordinal must be >= 1")
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(s)
        if ymd is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _ymd_to_ord(year, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd + (7 if wd > 3 else 0)
        return cls(*_ord_to_ymd(monday + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"{_type_name(self)}({self._year}, {self._month}, {self._day})"

    def ctime(self):
        return _strftime("%c", (self._year, self._month, self._day), None, None)

    def strftime(self, fmt):
        return _format_with(self, fmt, (self._year, self._month, self._day), None)

    def utcoffset(self):
        return None

    def tzname(self):
        return None

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _cmp_check(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __lt__(self, other):
        return self._key() < other._key() if self._cmp_check(other) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if self._cmp_check(other) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if self._cmp_check(other) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if self._cmp_check(other) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORD:
                raise OverflowError("date value out of range")
            return type(self)(*_ord_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        y = self._year
        return (type(self), (bytes((y >> 8, y & 255, self._month, self._day)),))


_EPOCH_ORD = _ymd_to_ord(1970, 1, 1)
_MAX_ORD = _ymd_to_ord(9999, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = "IsoCalendarDate"


# ---- time ----

def _time_iso(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{h:02d}"
    if timespec == "minutes":
        return f"{h:02d}:{m:02d}"
    if timespec == "seconds":
        return f"{h:02d}:{m:02d}:{s:02d}"
    if timespec == "milliseconds":
        return f"{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{h:02d}:{m:02d}:{s:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6) and _state_bytes(hour)[0] & 0x7F < 24:
            # The pickled form: time(bytes([hour (+128 if fold), minute, second, us3]), tzinfo).
            b = _state_bytes(hour)
            tzinfo = minute if minute else None
            fold = b[0] >> 7
            hour, minute, second = b[0] & 0x7F, b[1], b[2]
            microsecond = (b[3] << 16) | (b[4] << 8) | b[5]
        h, m, s, us = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = h, m, s, us
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso_time(s[1:] if s.startswith("T") else s)
        if r is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*r)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        return _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec) + _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        args = [self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        s = f"{_type_name(self)}({', '.join(map(str, args))}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, fmt):
        return _format_with(self, fmt, None, (self._hour, self._minute, self._second, self._microsecond))

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            us -= off._us()
        return us, off is not None

    def _cmp(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        a, aware_a = self._key()
        b, aware_b = other._key()
        if aware_a != aware_b:
            if op == "eq":
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(a, b)

    def __eq__(self, other):
        c = self._cmp(other, "eq")
        return c if c is NotImplemented or c is False else c == 0

    def __lt__(self, other):
        c = self._cmp(other, "lt")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._cmp(other, "le")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._cmp(other, "gt")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._cmp(other, "ge")
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        return hash(self._key()[0])

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----

class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10) and 1 <= _state_bytes(year)[2] & 0x7F <= 12:
            # The pickled form: datetime(10 state bytes (month +128 if fold), tzinfo).
            b = _state_bytes(year)
            tzinfo = None if month is _MISSING else month
            fold = b[2] >> 7
            year, month, day = b[0] * 256 + b[1], b[2] & 0x7F, b[3]
            hour, minute, second = b[4], b[5], b[6]
            microsecond = (b[7] << 16) | (b[8] << 8) | b[9]
        y, m, d = _check_date(year, _require(month, "month", 2), _require(day, "day", 3))
        h, mi, s, us = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        self._hour, self._minute, self._second, self._microsecond = h, mi, s, us
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, total_us, tz):
        days, us = divmod(total_us, 86400000000)
        if not 1 <= days <= _MAX_ORD:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days)
        s, us = divmod(us, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        return cls(y, m, d, h, mi, s, us, tz)

    def _us(self):
        return ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60000000 + self._second * 1000000 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        us = round(t * 1000000) if isinstance(t, float) else t * 1000000
        dt = cls._from_us(us + _EPOCH_ORD * 86400000000, None)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) > 10 and not s[10].isdigit() and s[4:5] == "-":
            dpart, tpart = s[:10], s[11:]
        elif len(s) > 8 and s[:8].isdigit() and s[8] == "T":
            dpart, tpart = s[:8], s[9:]
        else:
            dpart, tpart = s, None
        ymd = _parse_iso_date(dpart)
        t = _parse_iso_time(tpart) if tpart else (0, 0, 0, 0, None)
        if ymd is None or t is None:
            raise ValueError(f"Invalid isoformat string: {s!r}")
        return cls(*ymd, *t)

    @classmethod
    def strptime(cls, data, fmt):
        return _strptime(data, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        off = self.utcoffset() or timedelta(0)
        return (self._us() - off._us() - _EPOCH_ORD * 86400000000) / 1000000

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        if not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        off = self.utcoffset() or timedelta(0)
        utc = datetime._from_us(self._us() - off._us(), tz)
        return tz.fromutc(utc)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1, -1))

    def isoformat(self, sep="T", timespec="auto"):
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        args = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            args.append(self._second)
        if self._microsecond:
            args.append(self._microsecond)
        s = f"{_type_name(self)}({', '.join(map(str, args))}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def ctime(self):
        return _strftime("%c", (self._year, self._month, self._day),
                         (self._hour, self._minute, self._second, 0), None)

    def strftime(self, fmt):
        return _format_with(self, fmt, (self._year, self._month, self._day),
                            (self._hour, self._minute, self._second, self._microsecond))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    __replace__ = replace

    def _utc_key(self):
        off = self.utcoffset()
        return self._us() - (off._us() if off is not None else 0), off is not None

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        a, aware_a = self._utc_key()
        b, aware_b = other._utc_key()
        if aware_a != aware_b:
            if op == "eq":
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return False
        c = self._compare(other, "eq")
        if c is NotImplemented:
            return c
        return c == 0

    def __lt__(self, other):
        c = self._compare(other, "lt")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, "le")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, "gt")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, "ge")
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        return hash(self._utc_key()[0])

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return timedelta(microseconds=self._us() - other._us())
            a, aware_a = self._utc_key()
            b, aware_b = other._utc_key()
            if aware_a != aware_b:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=a - b)
        return NotImplemented

    def __reduce_ex__(self, protocol):
        y, us = self._year, self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes((y >> 8, y & 255, month, self._day, self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_NATIVE_TYPES = (date, datetime, time, timedelta, timezone, tzinfo, _IsoCalendarDate)
for _t in _NATIVE_TYPES:
    _native_named(_t)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# The everyday operations run natively (compiler/src/modules/datetime_fast): each native
# answers the common case and calls the function it replaces for the rest.
def _install_natives():
    try:
        import _datetime_fast
    except ImportError:
        return
    state = _datetime_fast.state(timedelta, date, datetime, _IsoCalendarDate)
    natives = {
        timedelta: ("__new__", "days", "seconds", "microseconds", "__add__", "__radd__", "__sub__", "__neg__",
                    "__eq__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__bool__"),
        date: ("__new__", "year", "month", "day", "toordinal", "weekday", "isoweekday", "isocalendar",
               "__add__", "__radd__", "__sub__", "__eq__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__"),
        datetime: ("__new__", "hour", "minute", "second", "microsecond", "__add__", "__radd__", "__sub__",
                   "__eq__", "__lt__", "__le__", "__gt__", "__ge__"),
    }
    for cls, names in natives.items():
        for name in names:
            slow = cls.__dict__[name]
            key = cls.__name__ + "." + name
            if isinstance(slow, property):
                setattr(cls, name, property(_datetime_fast.method(state, key, slow.fget)))
            elif isinstance(slow, staticmethod):
                setattr(cls, name, staticmethod(_datetime_fast.method(state, key, slow.__func__)))
            else:
                setattr(cls, name, _datetime_fast.method(state, key, slow))


_install_natives()

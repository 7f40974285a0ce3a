# The operations datetime runs natively, at their edges: results, exception types and
# messages, subclass results, hashes of equal values.
from datetime import date, datetime, timedelta, timezone, time


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- timedelta construction ----
show("td()", lambda: timedelta())
show("td pos", lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
show("td kw", lambda: timedelta(weeks=1, days=-1, hours=25, minutes=-61, seconds=3601, milliseconds=1500, microseconds=-1))
show("td neg us", lambda: timedelta(microseconds=-1))
show("td big us", lambda: timedelta(microseconds=10**15))
show("td max", lambda: timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999))
show("td over", lambda: timedelta(days=1000000000))
show("td under", lambda: timedelta(days=-1000000000))
show("td over us", lambda: timedelta(days=999999999, seconds=86400))
show("td min", lambda: timedelta(days=-999999999))
show("td huge int", lambda: timedelta(weeks=10**20))
show("td bool", lambda: timedelta(days=True, seconds=False))
show("td float", lambda: timedelta(seconds=0.5e-6))
show("td float2", lambda: timedelta(seconds=1.5e-6))
show("td float3", lambda: timedelta(days=0.1, hours=-0.25))
show("td str", lambda: timedelta(days="1"))
show("td none", lambda: timedelta(hours=None))
show("td badkw", lambda: timedelta(years=1))
show("td C int", lambda: [repr(e) for e in [timedelta(days=2**31 - 1), timedelta(days=-2**31), timedelta(days=-2**31 - 1)]])
for k in (2**31 - 1, 2**31, -2**31, -2**31 - 1):
    show("td days %d" % k, lambda: timedelta(days=k))
show("td max*2", lambda: timedelta.max * 2)
show("td max*2**40", lambda: timedelta.max * 2**40)

# ---- timedelta arithmetic and comparisons ----
a, b = timedelta(days=1, seconds=5), timedelta(hours=-30, microseconds=7)
for label, f in [("a+b", lambda: a + b), ("a-b", lambda: a - b), ("b-a", lambda: b - a), ("-a", lambda: -a),
                 ("-b", lambda: -b), ("-min", lambda: -timedelta.min), ("max+res", lambda: timedelta.max + timedelta.resolution),
                 ("min-res", lambda: timedelta.min - timedelta.resolution), ("a+1", lambda: a + 1), ("1-a", lambda: 1 - a),
                 ("a==b", lambda: a == b), ("a==a2", lambda: a == timedelta(seconds=86405)), ("a!=b", lambda: a != b),
                 ("a<b", lambda: a < b), ("a<=b", lambda: a <= b), ("a>b", lambda: a > b), ("a>=b", lambda: a >= b),
                 ("a==1", lambda: a == 1), ("a<1", lambda: a < 1), ("bool0", lambda: bool(timedelta(0))),
                 ("bool", lambda: bool(b)), ("days", lambda: (b.days, b.seconds, b.microseconds)),
                 ("hash", lambda: hash(a) == hash(timedelta(seconds=86405))), ("set", lambda: len({a, timedelta(0, 86405), b}))]:
    show(label, f)


class MyDelta(timedelta):
    def extra(self):
        return "extra"


m = MyDelta(days=2, hours=1)
show("sub new", lambda: (type(m).__name__, m, m.extra()))
show("sub add", lambda: type(m + a).__name__)
show("sub radd", lambda: type(a + m).__name__)
show("sub neg", lambda: type(-m).__name__)
show("sub eq", lambda: (m == timedelta(days=2, hours=1), m < a, a < m))

# ---- date ----
for args in [(2024, 2, 29), (2023, 2, 29), (1, 1, 1), (9999, 12, 31), (0, 1, 1), (10000, 1, 1), (2024, 0, 1),
             (2024, 13, 1), (2024, 4, 31), (2024, 4, 0), (2024.0, 1, 1), ("2024", 1, 1), (True, 1, 1), (2024, 1)]:
    show("date%r" % (args,), lambda: date(*args))
show("date kw", lambda: date(day=3, month=4, year=2005))
show("date missing", lambda: date(2005))
show("date none", lambda: date(2005, None, 3))

d1, d2 = date(2024, 2, 28), date(2023, 12, 31)
for label, f in [("d+1day", lambda: d1 + timedelta(days=1)), ("d+2days", lambda: d1 + timedelta(days=2)),
                 ("td+d", lambda: timedelta(days=400) + d2), ("d+frac", lambda: d1 + timedelta(hours=23)),
                 ("d+negfrac", lambda: d1 + timedelta(hours=-1)), ("d-td", lambda: d1 - timedelta(days=365)),
                 ("d-negfrac", lambda: d1 - timedelta(hours=1)), ("d-d", lambda: d1 - d2), ("d2-d1", lambda: d2 - d1),
                 ("min-1", lambda: date.min - timedelta(days=1)), ("max+1", lambda: date.max + timedelta(days=1)),
                 ("max-min", lambda: date.max - date.min), ("min+maxdelta", lambda: date.min + (date.max - date.min)),
                 ("d+1", lambda: d1 + 1), ("d-1", lambda: d1 - 1), ("d+d", lambda: d1 + d2),
                 ("d<d", lambda: (d1 < d2, d1 <= d2, d1 > d2, d1 >= d2, d1 == d2, d1 != d2)),
                 ("d==same", lambda: d1 == date(2024, 2, 28)), ("d<1", lambda: d1 < 1), ("d==1", lambda: d1 == 1),
                 ("hash", lambda: hash(d1) == hash(date(2024, 2, 28))), ("dict", lambda: {d1: 1, date(2024, 2, 28): 2}),
                 ("ord", lambda: (d1.toordinal(), date.min.toordinal(), date.max.toordinal())),
                 ("wd", lambda: [(date(2024, 1, k).weekday(), date(2024, 1, k).isoweekday()) for k in range(1, 9)]),
                 ("props", lambda: (d1.year, d1.month, d1.day)),
                 ("iso", lambda: d1.isocalendar()), ("iso fields", lambda: (d1.isocalendar().week, d1.isocalendar()[0])),
                 ("iso min", lambda: date.min.isocalendar()), ("iso max", lambda: date.max.isocalendar()),
                 ("iso edges", lambda: [tuple(date(y, m, dd).isocalendar()) for y, m, dd in
                                        [(2020, 12, 31), (2021, 1, 1), (2021, 1, 3), (2021, 1, 4), (2024, 12, 30), (2026, 1, 1)]]),
                 ("iso type", lambda: (type(d1.isocalendar()).__name__, isinstance(d1.isocalendar(), tuple)))]:
    show(label, f)

# Walking every day of two centuries through the native paths and back.
d, n, ords = date(1899, 12, 25), 0, []
while d < date(2101, 1, 8):
    if d.day == 1 and d.month in (1, 3):
        ords.append((d.toordinal(), d.weekday(), d.isocalendar()[1]))
    n += d.toordinal() % 7 == d.weekday() + 1 or d.weekday() == 6
    d += timedelta(days=1)
print("walk", n, d, len(ords), ords[:3], ords[-3:])
print("fromordinal", all(date.fromordinal(k).toordinal() == k for k in range(1, 3652060, 997)))


class MyDate(date):
    def extra(self):
        return "x"


md = MyDate(2020, 5, 17)
show("mydate", lambda: (type(md).__name__, md, md.extra(), md.year, md.weekday(), md.toordinal()))
show("mydate add", lambda: (type(md + timedelta(days=1)).__name__, md + timedelta(days=1)))
show("mydate radd", lambda: type(timedelta(days=1) + md).__name__)
show("mydate sub td", lambda: type(md - timedelta(days=1)).__name__)
show("mydate sub date", lambda: (md - date(2020, 1, 1), date(2020, 1, 1) - md))
show("mydate cmp", lambda: (md == date(2020, 5, 17), md < date(2021, 1, 1), date(2021, 1, 1) > md))
show("mydate hash", lambda: hash(md) == hash(date(2020, 5, 17)))


class Fixed(date):
    def __new__(cls, y, m, d):
        return date.__new__(cls, y, m, 1)


show("fixed", lambda: Fixed(2020, 5, 17) + timedelta(days=40))

# ---- date against datetime ----
dt = datetime(2024, 2, 28, 12, 30)
show("d==dt", lambda: (d1 == dt, dt == d1, d1 != dt))
show("d<dt", lambda: d1 < dt)
show("dt<d", lambda: dt < d1)
show("d-dt", lambda: d1 - dt)
show("dt-d", lambda: dt - d1)
show("dt props", lambda: (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond))
show("dt ord", lambda: (dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar()))

# ---- datetime ----
for args in [(2024, 2, 29, 23, 59, 59, 999999), (2024, 2, 29, 24), (2024, 2, 29, 0, 60), (2024, 2, 29, 0, 0, 60),
             (2024, 2, 29, 0, 0, 0, 1000000), (2024, 2, 29, -1), (2024, 2, 30), (2024, 2), (2024, 2, 3, 1.0)]:
    show("dt%r" % (args,), lambda: datetime(*args))
show("dt kw", lambda: datetime(2024, 1, 2, minute=5, microsecond=7))
show("dt fold", lambda: datetime(2024, 1, 2, fold=1))
show("dt tz", lambda: datetime(2024, 1, 2, tzinfo=timezone.utc))
show("dt tzpos", lambda: datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc))
show("dt badtz", lambda: datetime(2024, 1, 2, tzinfo=5))

e1, e2 = datetime(2024, 3, 10, 1, 59, 30, 123456), datetime(2023, 12, 31, 23, 59, 59, 999999)
for label, f in [("e+td", lambda: e1 + timedelta(days=1, microseconds=876544)), ("td+e", lambda: timedelta(hours=-2) + e1),
                 ("e-td", lambda: e1 - timedelta(seconds=7200)), ("e-e", lambda: e1 - e2), ("e2-e1", lambda: e2 - e1),
                 ("max+res", lambda: datetime.max + timedelta.resolution), ("min-res", lambda: datetime.min - timedelta.resolution),
                 ("max-min", lambda: datetime.max - datetime.min), ("e+1", lambda: e1 + 1), ("e-1", lambda: e1 - 1),
                 ("cmp", lambda: (e1 < e2, e1 <= e2, e1 > e2, e1 >= e2, e1 == e2, e1 != e2)),
                 ("eq same", lambda: e1 == datetime(2024, 3, 10, 1, 59, 30, 123456)),
                 ("hash", lambda: hash(e1) == hash(datetime(2024, 3, 10, 1, 59, 30, 123456))),
                 ("fold add", lambda: datetime(2024, 1, 1, fold=1) + timedelta(0)),
                 ("e<1", lambda: e1 < 1), ("e==1", lambda: e1 == 1)]:
    show(label, f)

u1 = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
u2 = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
for label, f in [("aware+td", lambda: u1 + timedelta(hours=1)), ("aware-aware", lambda: u1 - u2), ("aware==", lambda: u1 == u2),
                 ("aware<", lambda: u1 < u2), ("same tz", lambda: u1 - datetime(2024, 1, 1, tzinfo=timezone.utc)),
                 ("naive-aware", lambda: e1 - u1), ("naive<aware", lambda: e1 < u1), ("naive==aware", lambda: e1 == u1),
                 ("aware hash", lambda: hash(u1) == hash(u2))]:
    show(label, f)


class MyDT(datetime):
    pass


mdt = MyDT(2024, 5, 6, 7, 8)
show("mydt", lambda: (type(mdt).__name__, mdt, mdt.hour))
show("mydt add", lambda: (type(mdt + timedelta(hours=1)).__name__, mdt + timedelta(hours=1)))
show("mydt sub", lambda: (type(mdt - timedelta(hours=1)).__name__, mdt - datetime(2024, 5, 6)))
show("mydt cmp", lambda: (mdt == datetime(2024, 5, 6, 7, 8), mdt > datetime(2024, 5, 6)))

# Microseconds carried through a long run of additions.
t = datetime(1999, 12, 31, 23, 0)
for i in range(5000):
    t += timedelta(minutes=7, microseconds=333)
print("run", t, t - datetime(1999, 12, 31, 23, 0), time(1) < time(2))

"""datetime/timedelta calendar computations with strftime formatting."""
from datetime import date, datetime, timedelta, time, timezone
import calendar

HOLIDAYS = {(1, 1), (5, 1), (7, 14), (12, 25), (12, 26)}

def business_days(start, end):
    d = start
    n = 0
    while d < end:
        if d.weekday() < 5 and (d.month, d.day) not in HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def month_table(year, month):
    cal = calendar.Calendar(firstweekday=0)
    rows = []
    for week in cal.monthdayscalendar(year, month):
        rows.append(" ".join(f"{d:2d}" if d else "  " for d in week))
    return rows

def main():
    start = date(1900, 1, 1)
    end = date(2025, 12, 31)
    print("business days", business_days(start, end))
    print("span", end - start, (end - start).days, repr(end - start))
    for row in month_table(2024, 2):
        print("|" + row + "|")
    print(calendar.isleap(2024), calendar.leapdays(1900, 2025), calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4))
    dt = datetime(2024, 3, 10, 1, 59, 30, 123456)
    fmts = ["%Y-%m-%d %H:%M:%S", "%a %b %d %y", "%A %B %j %U %W", "%I:%M %p", "%f %%", "%x %X", "%c", "%G-W%V-%u", "%e", "%-d" if False else "%d"]
    for f in fmts:
        print(repr(f), dt.strftime(f))
    print(dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"), str(dt), repr(dt))
    print(dt.date(), dt.time(), dt.timetuple()[:7], dt.isocalendar(), dt.toordinal(), dt.weekday(), dt.isoweekday())
    tz = timezone(timedelta(hours=5, minutes=30), "IST")
    aware = dt.replace(tzinfo=tz)
    print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc), repr(tz), aware.strftime("%z %Z"))
    print(datetime.fromisoformat("2024-02-29T12:34:56+02:00"), date.fromisoformat("2021-12-31"), datetime.strptime("05/06/2023 14:07", "%d/%m/%Y %H:%M"))
    td = timedelta(days=-1, seconds=3601, microseconds=5)
    print(td, repr(td), td.total_seconds(), abs(td), td * 3, td // 7, timedelta(hours=25) / timedelta(minutes=30), -timedelta(seconds=1))
    print(timedelta(weeks=3, hours=-2), str(timedelta(microseconds=1)), timedelta(days=1) % timedelta(hours=7), divmod(timedelta(hours=10), timedelta(hours=3)))
    acc = 0
    d = date(2000, 1, 1)
    for i in range(60000):
        d2 = d + timedelta(days=i * 3)
        acc = (acc * 7 + d2.toordinal() + d2.isocalendar()[1]) % 1000003
        if d2.day == 29 and d2.month == 2:
            acc += 1
    print("ordinal checksum", acc, d2, date.fromordinal(800000), d2.replace(day=1).strftime("%B"))
    t = time(23, 59, 59, 999999)
    print(t, t.isoformat("minutes"), repr(time(7)), time.fromisoformat("04:05:06.5"), t > time(1))
    months = [calendar.month_abbr[m] for m in range(1, 13)]
    print(months, list(calendar.day_name)[:3])
    dates = sorted([date(2020, 5, 17), date(2019, 12, 1), date(2020, 1, 31)], reverse=True)
    print(dates, max(dates) - min(dates), date(2020, 1, 31) + timedelta(days=30))
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    print(datetime.fromtimestamp(1700000000, tz=timezone.utc), (datetime(2030, 1, 1, tzinfo=timezone.utc) - epoch).total_seconds(), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
    print(f"{dt:%Y/%m/%d}", f"{date(2024, 1, 5):%d.%m}", format(td), datetime.combine(date(2024, 1, 1), time(12)), datetime.min, date.max)
    try:
        date(2023, 2, 29)
    except ValueError as e:
        print("ValueError:", e)
    try:
        datetime.strptime("2023-13-01", "%Y-%m-%d")
    except ValueError as e:
        print("ValueError:", e)

main()

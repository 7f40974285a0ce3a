from datetime import datetime, date, timedelta, time, timezone
import calendar
from heapq import heappush, heappop
from bisect import bisect_left, insort
from functools import total_ordering

start = datetime(2024, 1, 29, 9, 30)
events = []
for i in range(40):
    when = start + timedelta(days=i * 3, hours=i % 5, minutes=17 * i)
    heappush(events, (when, i, "job%d" % i))
seen = []
while events:
    when, i, name = heappop(events)
    if when.weekday() >= 5:
        continue
    seen.append((when.strftime("%a %Y-%m-%d %H:%M"), name))
print(len(seen), seen[:5], seen[-2:])
print(calendar.monthrange(2024, 2), calendar.isleap(2024), calendar.weekday(2024, 3, 1))
print(calendar.month(2024, 2))
d = date(2024, 1, 31)
print([(d + timedelta(days=k)).isoformat() for k in (0, 1, 29, 30)], d.isocalendar(), d.toordinal(), date.fromordinal(738000))
dt = datetime(2024, 3, 10, 1, 59, tzinfo=timezone.utc)
print(dt.isoformat(), dt.astimezone(timezone(timedelta(hours=-5))).isoformat(), dt.timestamp())
print(datetime.fromisoformat("2024-05-06T07:08:09.123456+02:00"), datetime.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M"))
print(timedelta(days=1, seconds=3661, microseconds=5) * 3, timedelta(hours=-1), abs(timedelta(hours=-25)), timedelta(weeks=1) / timedelta(days=2))
print(time(13, 5, 7).strftime("%I:%M:%S %p"), (datetime(2024, 1, 1) - datetime(2023, 1, 1)).days, date(2024, 12, 31).timetuple().tm_yday)
slots = []
for h in (17, 9, 13, 11, 15):
    insort(slots, time(h))
print(slots[bisect_left(slots, time(12))], [s.isoformat() for s in slots])

@total_ordering
class Task:
    def __init__(self, due, name):
        self.due, self.name = due, name
    def __eq__(self, o):
        return (self.due, self.name) == (o.due, o.name)
    def __lt__(self, o):
        return (self.due, self.name) < (o.due, o.name)
    def __repr__(self):
        return f"Task({self.due:%m/%d}, {self.name!r})"
ts = sorted(Task(date(2024, m, 28 - m), n) for m, n in [(3, "c"), (1, "a"), (2, "b"), (1, "z")])
print(ts, ts[0] <= ts[1], ts[2] > ts[1], max(ts))
print(f"{datetime(2024, 7, 4, 15, 3):%A %d %B %Y, %H:%M} | {date(2024, 7, 4):%j %U %w}")

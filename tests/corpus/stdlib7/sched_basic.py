import sched

clock = [0.0]
log = []


def now():
    return clock[0]


def sleep(d):
    log.append(("sleep", d))
    clock[0] += d


def act(name, *rest, **kw):
    log.append(("run", name, rest, kw, clock[0]))


s = sched.scheduler(now, sleep)
print(s.empty())
e1 = s.enter(10, 1, act, ("ten",))
e2 = s.enter(5, 2, act, ("five-low",), {"k": 1})
e3 = s.enter(5, 1, act, ("five-high", 1, 2))
e4 = s.enterabs(7, 0, act, argument=("abs-seven",))
e5 = s.enterabs(7, 0, act, kwargs={"x": "y"}, argument=("abs-seven-b",))
print(s.empty(), [ev.argument[0] for ev in s.queue])
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs, e3.action is act)
print(e1 < e2, e2 < e3, e3 < e2, e4 == e4, e4 == e5, e4 <= e5, e1 > e5, e1 >= e1)
print(isinstance(e1, tuple), e1._fields, e1[0], e1[4])
s.cancel(e1)
try:
    s.cancel(e1)
except ValueError as e:
    print("ValueError", e)
print([ev.argument[0] for ev in s.queue])
print(s.run(blocking=False), log)
clock[0] = 6.0
print(s.run(blocking=False))
s.run()
for entry in log:
    print(entry)
print(s.empty(), s.queue, s.run(blocking=False))

# Events scheduled by a running event.
log.clear()
s2 = sched.scheduler(now, sleep)


def chain(n):
    log.append(("chain", n, clock[0]))
    if n:
        s2.enter(1, 0, chain, (n - 1,))


s2.enter(0, 0, chain, (3,))
s2.run()
print(log)
print(sched.__all__, type(sched.scheduler().timefunc()))

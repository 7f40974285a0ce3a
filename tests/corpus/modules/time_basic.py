import time

t0 = time.time()
print(type(t0).__name__, t0 > 1.6e9, type(time.time_ns()).__name__)
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
time.sleep(0)
time.sleep(0.001)
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    time.sleep("a")
except TypeError as e:
    print(type(e).__name__, e)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g[0], g[:3], len(g), tuple(g))
g = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %A %b %B %j %U %W %w %u %p %I %y %%", g))
print(time.strftime("%c|%x|%X|%D|%e|%T", g))
print(time.asctime(g), time.asctime(time.gmtime(0)))
print(time.gmtime(1.9).tm_sec, time.gmtime(-1.5).tm_sec)
print(time.strftime("%G-%V %G-%V %G-%V", time.gmtime(1609632000)), time.strftime("%G-%V", time.gmtime(1735516800)))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(type(e).__name__, e)

# time.process_time and thread_time count CPU time: a sleep adds little to them (under half
# of it: on wasm a JIT may compile on other threads meanwhile), while it does add to the
# monotonic clock; busy work adds to both.
import time

m0, p0, t0 = time.monotonic(), time.process_time(), time.thread_time()
time.sleep(0.6)
m1, p1, t1 = time.monotonic(), time.process_time(), time.thread_time()
print("monotonic counts the sleep:", m1 - m0 >= 0.59)
print("process_time skips it:", p1 - p0 < 0.3)
print("thread_time skips it:", t1 - t0 < 0.3)

n0 = time.process_time_ns()
total = 0
for i in range(300000):
    total += i * i
n1 = time.process_time_ns()
print("busy work counts:", n1 > n0, type(n1).__name__, total)
print("thread_time_ns is an int:", type(time.thread_time_ns()).__name__)

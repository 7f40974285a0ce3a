import threading

results = {}
lock = threading.Lock()

def work(n):
    total = sum(range(n))
    with lock:
        results[n] = total

threads = [threading.Thread(target=work, args=(n,)) for n in (10, 100, 1000)]
print([t.name for t in threads], threads[0].is_alive())
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), [t.is_alive() for t in threads])
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait())
cond = threading.Condition()
with cond:
    cond.notify_all()
    print(cond.wait_for(lambda: True))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count(), isinstance(threading.get_ident(), int))

data = threading.local()
data.x = "main"
seen = []
def show():
    seen.append(hasattr(data, "x"))
    data.x = "worker"
    seen.append((threading.current_thread().name, data.x))
t = threading.Thread(target=show, name="W")
t.start(); t.join()
print(seen, data.x)

class Counter(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.count = 0
    def run(self):
        for _ in range(5):
            self.count += 1
c = Counter()
c.start(); c.join()
print(c.count, c.daemon)
try:
    c.start()
except RuntimeError as e:
    print("RuntimeError:", e)
timer = threading.Timer(0.01, lambda: print("timer fired"))
timer.start(); timer.join()
t2 = threading.Timer(10, lambda: print("never"))
t2.cancel(); t2.start()
print("done")

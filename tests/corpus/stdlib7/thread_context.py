# A started thread runs in an empty context: the starter's context variables are not seen.
import contextvars, threading
v = contextvars.ContextVar("v", default="default")
v.set("main")
seen = []
def worker():
    seen.append(v.get())
    v.set("worker")
    seen.append(v.get())
t = threading.Thread(target=worker)
t.start(); t.join()
print(seen, v.get())

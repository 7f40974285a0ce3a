# Exit functions run after sys.exit(), last registered first, with their arguments; an
# exception in one is reported and the others still run.
import atexit
import sys


def save(path, *, mode):
    print("saving", path, mode)


def broken():
    print("broken runs")
    raise RuntimeError("ignored")


atexit.register(save, "state.json", mode="w")
atexit.register(broken)
atexit.register(lambda: print("first out"))
print(atexit._ncallbacks())
print("exiting")
sys.exit(3)

# Exit functions run after sys.exit(), last registered first, with their arguments;
# unregister() removes every registration of a function.
import atexit
import sys


def save(path, *, mode):
    print("saving", path, mode)


def dropped():
    print("never runs")


atexit.register(save, "state.json", mode="w")
atexit.register(dropped)
atexit.register(lambda: print("first out"))
atexit.register(dropped)
atexit.unregister(dropped)
print("registered")
print("exiting")
sys.exit(3)

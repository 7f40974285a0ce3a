# Closing dropped generators stays bounded: a finally that drops another generator to
# close, in a long loop, and many generators dropped in a row all finish.
def g(n):
    try:
        yield n
    finally:
        if n > 0:
            for x in g(n - 1):
                break
        else:
            print("innermost closed")


for x in g(50):
    break
print("chain done")

closed = 0


def counted():
    global closed
    try:
        yield 1
    finally:
        closed += 1


for i in range(20000):
    for x in counted():
        break
import gc

gc.collect()
print("all closed:", closed == 20000, closed > 0)


def ignores():
    try:
        yield 1
    finally:
        yield 2


for i in range(3):
    for x in ignores():
        break
print("ignored ones dropped")

def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())

def g():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("k")
        except KeyError:
            log.append("except")
            raise IndexError("i")
        finally:
            log.append("finally")
    except IndexError:
        log.append("outer")
    return log
print(g())

def h(n):
    try:
        if n == 0:
            return "zero"
        return "nonzero"
    finally:
        print("cleanup", n)
print(h(0), h(1))

def nested():
    for i in range(2):
        try:
            try:
                if i == 0:
                    raise ValueError
            finally:
                print("inner finally", i)
        except ValueError:
            print("caught", i)
nested()

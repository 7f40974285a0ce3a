def risky(kind):
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise TypeError("t")
    return "fine"
for k in (0, 1, 2):
    try:
        try:
            print(risky(k))
        except ValueError as e:
            print("inner caught", e)
            raise RuntimeError("from handler")
    except RuntimeError as e:
        print("outer caught", e, "context:", repr(e.__context__))
    except TypeError as e:
        print("outer caught type", e)
def cleanup_error():
    try:
        raise KeyError("first")
    finally:
        print("finally before propagation")
try:
    cleanup_error()
except KeyError as e:
    print("KeyError", e)
try:
    raise ValueError("a")
except ValueError:
    try:
        raise TypeError("b")
    except TypeError as inner:
        print("nested handler", inner, repr(inner.__context__))
print("done")

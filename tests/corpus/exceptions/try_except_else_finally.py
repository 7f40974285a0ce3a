def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught:", e)
        return "error"
    except TypeError:
        print("type problem")
        return "type"
    else:
        print("no error, r =", r)
        return "ok"
    finally:
        print("finally for", repr(x))

print(attempt(2))
print(attempt(0))
print(attempt("s"))

def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(finally_overrides())

def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
loop_finally()

try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)

try:
    {}["missing"]
except (KeyError, IndexError) as e:
    print("tuple catch", type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("base class catch", type(e).__name__, e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raise", repr(e), e.args)
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

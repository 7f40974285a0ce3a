try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(e.args, e.args[1], e.__traceback__ is not None)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    {}.pop("x")
except KeyError as e:
    print(repr(e))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    float("nan?")
except ValueError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    ()[0]
except IndexError as e:
    print(e)
try:
    x = [1]; x.remove(2)
except ValueError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)

for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError,
            StopIteration, KeyboardInterrupt, SystemExit, UnicodeDecodeError, NotImplementedError,
            ModuleNotFoundError, OverflowError, TimeoutError, UnboundLocalError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(ArithmeticError, Exception))
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    int("x")
except Exception as e:
    print(type(e).__name__, e)

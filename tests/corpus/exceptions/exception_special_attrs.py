# Assigning __cause__, __context__, __suppress_context__ and __traceback__ on an exception:
# validated like CPython, and what the printed traceback then shows.
import traceback
e = ValueError()
e.__cause__ = KeyError()
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = TypeError()
print(repr(e.__context__))
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as x:
    print(x)
try:
    e.__context__ = "s"
except TypeError as x:
    print(x)
try:
    e.__traceback__ = 5
except TypeError as x:
    print(x)
import traceback
try:
    try:
        1/0
    except ZeroDivisionError as z:
        v = ValueError("v")
        v.__cause__ = z
        raise v
except ValueError as v:
    print("".join(traceback.format_exception(v)).count("direct cause"))
try:
    e.__suppress_context__ = 1
except TypeError as x:
    print(x)

def f(): 1/0
try:
    f()
except ZeroDivisionError as e:
    e.__traceback__ = None
    print(e.__traceback__)
    print(traceback.format_exception(e))
try:
    f()
except ZeroDivisionError as e:
    err = e
def g():
    raise err
try:
    g()
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
print(type(err.__traceback__).__name__, type(err.__traceback__.tb_frame).__name__)

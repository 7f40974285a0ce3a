# CPython's compile-time SyntaxWarnings go to stderr before the program runs; the program
# still runs. The exit status is non-zero so the corpus compares the whole stderr.
import re
import sys

pattern = re.compile("\d+-\d+")
print(pattern.findall("10-20 and 3-4"))
path = "C:\Program Files\edge"
print(len(path), path[:3])
octal = "\777"
print(len(octal))
data = b"\q\x41"
print(data)
name = "world"
print(f"{name}: \w")
multi = """first line
second \s line"""
print(multi.splitlines()[1])

x = 1
if x is 1:
    print("is int literal")
if x is not "a":
    print("is not str literal")
print(x is (), x is -1, x is None, x is True, x is ...)


def never_called():
    return None()


def also_never():
    return [(1, 2) (3, 4)]


def subscripts():
    return 1[0], "abc"[1, 2]


assert (x, "always true")
print(eval("x is 5"))
exec("y = 'a\\\\d' is 'b'")
print(compile("x is 7", "virtual", "exec").co_filename)
sys.exit(3)

# Python 3.13: count/maxsplit (and flags) given by position to re.sub/subn/split still work
# but warn; giving one both ways, or too many, is a TypeError.
import re
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(re.sub("a", "b", "aaa", 2), re.subn("a", "b", "aAa", 5, re.I), re.split(",", "a,b,c", 1))
    print(re.sub("a", "b", "aaa", count=1), re.split(",", "a,b,c", maxsplit=1, flags=0))
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
for call in (lambda: re.sub("a", "b", "a", 1, count=1), lambda: re.sub("a", "b", "a", 1, 0, flags=0),
             lambda: re.sub("a", "b", "a", 1, 0, 9), lambda: re.split("a", "a", 1, 0, 9, 9),
             lambda: re.subn("a", "b", "a", 1, count=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(re.sub("a", "b", "aaa", 1))

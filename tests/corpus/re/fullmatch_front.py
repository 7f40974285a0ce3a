# Pattern.fullmatch answered natively (like match and search): positions, endpos, groups
# that did not take part, unicode subjects, bytes, bytearray, argument errors.
import re

p = re.compile(r"(?P<num>\d+)(?:\.(?P<frac>\d+))?(x)?")
for args in (("12",), ("12.5",), ("12.5x",), ("12.",), ("a12", 1), ("a12b", 1, 3), ("a12b", 1),
             ("12", -3), ("12", 0, 99), ("12", 5), ("12", 1, 0), ("٣٤.٥",), ("12.5x" * 60, 0, 5)):
    m = p.fullmatch(*args)
    print(args[0][:12], args[1:], m and (m.span(), m.groups(), m.lastgroup, m.lastindex, m.pos, m.endpos))
m = p.fullmatch(string="7.25", pos=0, endpos=4)
print(m.groupdict(), m.group("frac"), m[3])
long = "x" * 300 + "42.1"
print(p.fullmatch(long, 300).span(), p.fullmatch(long, 300, 302).group(), p.fullmatch(long, 299))
b = re.compile(rb"(\w+)=(\d+)")
print(b.fullmatch(b"k=1").groups(), b.fullmatch(bytearray(b"kk=22")).groups(), b.fullmatch(b"k=1 "))
print(re.fullmatch(r"a|ab", "ab").span(), re.fullmatch(r"a*?", "aaa").span(), re.fullmatch("", ""))
class Idx:
    def __index__(self):
        return 1
print(p.fullmatch("a12", Idx()).group())
for bad in ((), ("1", 0, 1, 2), ("1",), (1,)):
    try:
        if bad == ("1",):
            p.fullmatch("1", bad=1)
        else:
            p.fullmatch(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    p.fullmatch("1", pos=0, string="1")
except TypeError as e:
    print("TypeError:", e)
try:
    p.fullmatch("1", "0")
except TypeError as e:
    print("TypeError:", e)
try:
    b.fullmatch("str")
except TypeError as e:
    print("TypeError:", e)
print(p.fullmatch.__name__, type(p).fullmatch is type(p).fullmatch)

# Concatenating an empty str or tuple, or repeating one once, gives back the other operand
# itself, as CPython does: identity shows in `is` and in pickle's memo of repeated objects.
a = "é" * 3
print(("" + a) is a, (a + "") is a, ("v" * 0 + a) is a, a * 1 is a, 1 * a is a)
x = "x" * 2
s = x
s += ""
print(s is x, ("" + "") == "")
t = (1, [2])
print(t + () is t, () + t is t, t * 1 is t, (t + (3,)) is t)
b = b"ab"
print(b * 1 is b, b + b"" == b)
lst = [1]
print(lst * 1 is lst, lst + [] is lst)
import pickle
d = {f"k{i}": "v" * (i % 3) + "é" for i in range(6)}
print(len(pickle.dumps(d, protocol=4)), pickle.dumps(d, protocol=4).count(b"h"))

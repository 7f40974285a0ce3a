assert True
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)

x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)

class A:
    pass
a = A()
a.attr = 1
del a.attr
print(hasattr(a, "attr"))

p, q = 1, 2
del p, q
def noop():
    pass
print(noop())
class Empty:
    pass
print(type(Empty()).__name__)

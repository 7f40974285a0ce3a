# Classes with their own item methods still receive real slice objects from a[i:j] forms.
class Seq:
    def __init__(self):
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key, type(key).__name__))
        return key

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))

    def __delitem__(self, key):
        self.log.append(("del", key))


s = Seq()
print(s[1:2], s[:], s[::2], s[1:2:3], s[None:None], s[-1:], s["a":"b"], s[1.5:2.5:0.5])
s[1:2] = "v"
s[::-1] = [1]
s[:] = None
del s[3:]
del s[::2]
del s[1:2:0]
x = s[0:1]
print(x, x.start, x.stop, x.step, x == slice(0, 1), hash(x) == hash(slice(0, 1, None)))
for entry in s.log:
    print(entry)


# Subclasses of the builtin sequences: inherited and overridden __getitem__.
class MyList(list):
    pass


class LoudList(list):
    def __getitem__(self, key):
        print("LoudList get", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("LoudList set", key, value)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        print("LoudList del", key)
        super().__delitem__(key)


class MyStr(str):
    pass


class MyTuple(tuple):
    def __getitem__(self, key):
        return ("MyTuple", key)


m = MyList(range(6))
print(m[1:3], type(m[1:3]).__name__, m[::-1])
m[1:3] = ["x"]
del m[::2]
print(m, type(m).__name__)
q = LoudList(range(5))
print(q[1:3])
q[0:2] = [9, 9, 9]
del q[-1:]
print(q)
ms = MyStr("hello")
print(ms[1:3], type(ms[1:3]).__name__, ms[:] == "hello", type(ms[:]).__name__)
print(MyTuple((1, 2, 3))[0:2])
print(bytearray(b"abc")[1:], type(bytearray(b"abc")[1:]).__name__)


# A class with only __getitem__ is not assignable; one with __class_getitem__ slices too.
class ReadOnly:
    def __getitem__(self, key):
        return key.indices(10)


r = ReadOnly()
print(r[2:], r[::-1], r[-3:100:2])
try:
    r[1:2] = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    del r[1:2]
except TypeError as e:
    print("TypeError:", e)


class Generic:
    def __class_getitem__(cls, key):
        return ("cgi", key)


print(Generic[1:2], Generic[::3])


# Instances without item methods and non-subscriptable objects.
class Plain:
    pass


for obj in [5, 2.5, None, Plain(), len, {1, 2}, {"a": 1}, iter([])]:
    for op in ("get", "set", "del"):
        try:
            if op == "get":
                obj[1:2]
            elif op == "set":
                obj[1:2] = []
            else:
                del obj[1:2]
            print(op, "ok")
        except (TypeError, KeyError) as e:
            print(op, type(e).__name__ + ":", e)

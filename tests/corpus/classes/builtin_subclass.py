class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), isinstance(l, list), type(l).__name__)
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = MyDict(a=1)
print(d["A"], d)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s.shout(), s + "x", len(s), isinstance(s, str))
class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i.double(), i + 1, type(i + 1).__name__)
class MyErr(Exception):
    pass
print(issubclass(MyErr, Exception), MyErr("m").args)

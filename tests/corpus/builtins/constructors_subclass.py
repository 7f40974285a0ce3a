class MyInt(int):
    pass


class MyStr(str):
    pass


mi = MyInt("12")
print(mi, mi + 1, type(mi).__name__)
ms = MyStr("hey")
print(ms, ms.upper(), type(ms).__name__)

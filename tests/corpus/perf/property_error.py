# An uncaught error inside a property getter reached through LoadAttr's cache: the
# traceback shows the access and the getter's line.
class P:
    def __init__(self):
        self.d = {}

    @property
    def x(self):
        return self.d["key"]


p = P()
total = 0
for i in range(3):
    try:
        total += p.x
    except KeyError:
        total += 1
print(total)
print(p.x)

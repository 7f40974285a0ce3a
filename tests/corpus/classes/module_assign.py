# Assigning __module__ on a class changes its repr and how tracebacks name it.
class E(Exception):
    pass


class Plain:
    pass


E.__module__ = "zzz"
Plain.__module__ = "pkg.mod"
print(E.__module__, E, Plain, repr(Plain).count("pkg.mod"))
try:
    raise E("caught")
except E as e:
    print(type(e).__module__, type(e).__qualname__, e)
raise E("boom")

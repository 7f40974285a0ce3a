def lazy():
    import _plainmod
    return _plainmod.func()
print(lazy())
print("_plainmod" in globals())
def lazy_from():
    from shapes.util.mathx import sq
    return sq(9)
print(lazy_from())

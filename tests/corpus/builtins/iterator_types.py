m = map(abs, [-1, -2])
print(type(m).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)

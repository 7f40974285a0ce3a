def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-5, 0, 3, 50, 500):
    print(n, classify(n))

for v in (0, 1, "", "a", [], [0], None, 0.0, {}, (), set()):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case (a, b, c):
            return "unreachable tuple"

for v in ([], [5], (6, 7), [1, 2, 3, 4], [9, 8, 7, 6], "ab", (1,)):
    print(repr(v), "->", shape(v))

match "not a sequence pattern":
    case [*chars]:
        print("strings do not match sequences")
    case str() as s:
        print("string", len(s))

match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a, b, c)

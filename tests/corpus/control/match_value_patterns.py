class Color:
    RED = 1
    GREEN = 2

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case other if other > 10:
            return f"big {other}"
        case other:
            return f"unknown {other}"

for c in (1, 2, 3, 11):
    print(name(c))

def grouping(v):
    match v:
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, _]:
            return f"letter {letter}"
        case _:
            return "none"

print(grouping(1), grouping(["b", 0]), grouping(["c", 0]))

x = 0
match x:
    case 1:
        print("one")
print("no case matched, fine")

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), "p"):
    print(where(p))

def command(c):
    match c:
        case {"action": "move", "dir": d, **rest}:
            return f"move {d} extra={rest}"
        case {"action": "stop"}:
            return "stop"
        case {"action": str(a)}:
            return f"unknown action {a}"
        case {}:
            return "empty-ish mapping"

for c in ({"action": "move", "dir": "north", "speed": 3}, {"action": "stop", "x": 1},
          {"action": "fly"}, {"other": 1}):
    print(command(c))

def typed(v):
    match v:
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str(s):
            return "str " + s
        case [int(), *_] as lst:
            return f"int list of {len(lst)}"
        case {"k": [_, (x, y)]}:
            return f"deep {x} {y}"
        case _:
            return "?"

for v in (-3, 4, 2.0, "s", [1, "a"], {"k": [0, (1, 2)]}, b"x"):
    print(typed(v))

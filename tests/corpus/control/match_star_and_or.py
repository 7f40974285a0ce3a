def route(path):
    match path.split("/"):
        case ["", "users"]:
            return "list users"
        case ["", "users", uid] if uid.isdigit():
            return f"user {uid}"
        case ["", "users", uid, *rest]:
            return f"user {uid} sub {rest}"
        case ["", ("files" | "docs") as kind, *parts]:
            return f"{kind}: {'/'.join(parts)}"
        case _:
            return "404"
for p in ["/users", "/users/42", "/users/bob", "/users/7/posts/3", "/docs/a/b.txt", "/files", "/nope"]:
    print(p, "->", route(p))

def kind(x):
    match x:
        case bool():
            return "bool"
        case int() | float() as n if n > 100:
            return "big number"
        case int() | float():
            return "number"
        case (str() | bytes()) as s:
            return f"text {len(s)}"
        case {"type": "point", "x": int(x), "y": int(y)}:
            return f"point {x},{y}"
        case [*_] if len(x) > 3:
            return "long seq"
        case list() | tuple():
            return "short seq"
        case None:
            return "nothing"
        case _:
            return type(x).__name__
for v in (True, 5, 500.0, "abc", b"xy", {"type": "point", "x": 1, "y": 2}, [1, 2, 3, 4], (1,), None, 1j):
    print(repr(v), kind(v))

import json
from collections import OrderedDict

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None, "pi": 3.14159, "nested": {"a": [1, 2, {"b": []}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2.5, "x", None, False], indent=0))
print(json.dumps("héllo \u2603 \n\t\"q\""), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(2**70), json.dumps(""))
back = json.loads(s)
print(back == data, back["nested"]["a"][2], type(back["pi"]).__name__)
print(json.loads('[1, 2.0, "a", true, false, null, {"k": -3e2}]'))
print(json.loads('"\\u00e9\\ud83d\\ude00 \\n"'), json.loads(" 42 "), json.loads("-0"), json.loads("1E3"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("NaN"), json.loads("Infinity"))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads("[1, 2]", parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"p": [1, 2]}', object_hook=lambda d: sorted(d.items())))
for bad in ['{"a": 1,}', "[1, 2", "", "tru", '{"a" 1}', "[1] x", "'single'", '"\\x"', "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [{1, 2}, object, b"bytes", {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Point(1, 2), Point(3, 4)], default=encode))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(5, 6)}, cls=PointEncoder), PointEncoder(indent=1).encode([1]))
print(json.dumps({"b": 1, "a": [1, {"d": 4, "c": 3}]}, sort_keys=True, indent="\t"))
print(json.dumps({"a": float("nan")}, allow_nan=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"k": "v"}, skipkeys=True), json.dumps({(1,): 1, "ok": 2}, skipkeys=True))
print(json.loads(json.dumps({"deep": [[[[["x"]]]]]})))

# JSON round trips of nested records: dumps with sort_keys/indent/separators/ensure_ascii,
# loads with object_hook/parse_float, float edge values, unicode escapes and error positions.
import json

records = []
for i in range(40):
    records.append({
        "id": i,
        "name": f"item-{i:03d}",
        "price": round(i * 1.37 + 0.1, 2),
        "ratio": i / 7,
        "tags": ["x" * (i % 4), "é" if i % 3 == 0 else "e", "\u2603" if i % 5 == 0 else "snow"],
        "nested": {"depth": {"level": i % 3, "flags": [True, False, None]}, "empty": {}, "list": []},
        "big": 10 ** (i % 25) + i,
        "neg": -i * 0.5,
    })

text = json.dumps(records, sort_keys=True)
print(len(text), sum(map(ord, text)) % 1000003)
back = json.loads(text)
print(back == records, back[7]["ratio"], back[39]["big"], type(back[0]["price"]).__name__)
print(json.dumps(records[5], indent=2, sort_keys=True))
print(json.dumps(records[3], separators=(",", ":"), ensure_ascii=False, sort_keys=True))
print(json.dumps(records[15], indent="\t", ensure_ascii=True))
for value in [0.1, 1e16, 1e-7, 123456789.123, -0.0, 1.5e300, 2**64, 3.0, float("1e22"), 0.30000000000000004]:
    print(json.dumps(value), json.loads(json.dumps(value)) == value)
for special in ["nan", "inf", "-inf"]:
    print(json.dumps(float(special)), end=" ")
print()
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps("quote\" back\\ slash/ tab\t nl\n ctrl\x01 \x7f \u00ff \U0001F600"))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\n \\/"'))
print(json.dumps({"b": 1, "a": [1, 2, {"c": ()}]}, indent=0))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([[], {}, [[]], [{}]], indent=3))
print(json.loads("[1, 2.5, 1e3, -0, -0.0, true, false, null]"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1.25}', parse_float=lambda s: "F" + s))
print(json.loads('{"x": 7}', parse_int=lambda s: int(s) * 2))
print(json.loads('{"p": {"q": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1], ["b", 2]]'))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=lambda pairs: pairs))
for bad in ['{"a" 1}', "[1, 2", "", "[1,]", '{"a": 1,}', "tru", '"abc', "1 2", "[01]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"s": {3}}, default=lambda o: sorted(o)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)


enc = json.dumps([Point(1, 2), Point(3.5, -1)], cls=PointEncoder)
print(enc)
print(json.loads(enc, object_hook=lambda d: Point(*d["__point__"]) if "__point__" in d else d)[1].x)
print(json.dumps("ascii", ensure_ascii=False), json.dumps(["a", "é"], ensure_ascii=False))
print(json.dumps({"k": [1, 2]}, indent=2, separators=(",", " = ")))

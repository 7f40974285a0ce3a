# json.dumps/loads of nested data with various options.
import json


def make(i):
    return {
        "id": i,
        "name": "item-%d" % i,
        "tags": ["t%d" % (i % 7), "t%d" % (i % 3), "ünï"],
        "price": i * 1.25,
        "ok": i % 2 == 0,
        "none": None,
        "nested": {"a": [i, i + 1, {"b": "x\ty\"z\n"}], "c": (i % 5) / 3},
    }


data = [make(i) for i in range(400)]
h = 0
for rep in range(12):
    s = json.dumps(data)
    t = json.dumps(data, sort_keys=True, indent=2)
    u = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    back = json.loads(s)
    back2 = json.loads(t)
    back3 = json.loads(u)
    assert back == back2 == back3
    h = (h * 31 + len(s) + len(t) * 3 + len(u) * 7) % 1000000007
print(h, s[:120])
print(t[:200])
print(u[-150:])

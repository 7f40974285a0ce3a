# copy.deepcopy of a nested structure: dicts, lists, tuples of ints/strs and dataclass instances.
import copy
from dataclasses import dataclass, field


@dataclass
class Point:
    x: float
    y: float
    tags: list = field(default_factory=list)


def make(n):
    return {
        "ints": list(range(n)),
        "names": {f"k{i}": [i, str(i), (i, i + 1)] for i in range(n // 4)},
        "points": [Point(i * 0.5, -i, ["a", "b"]) for i in range(n // 8)],
        "nested": [[{"v": j, "w": [j, j]} for j in range(4)] for _ in range(n // 16)],
    }


def checksum(d):
    return (sum(d["ints"]) + len(d["names"]) + sum(p.x for p in d["points"])
            + sum(e["v"] for row in d["nested"] for e in row))


REPS = 300
data = make(400)
total = 0
for r in range(REPS):
    c = copy.deepcopy(data)
    c["ints"][0] = r
    total += checksum(c)
print(total, c["points"][3], c["names"]["k7"])

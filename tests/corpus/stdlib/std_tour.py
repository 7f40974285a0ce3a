# The standard library modules people reach for, in one program: it runs natively (corpus)
# and in headless Chromium through createWorker (runtime/tests/browser), where json and re
# are lazily loaded .wasm modules and the rest lazily loaded .py files.
import array
import asyncio
import bisect
import collections
import contextlib
import copy
import dataclasses
import datetime
import decimal
import enum
import fractions
import functools
import hashlib
import heapq
import io
import itertools
import json
import math
import operator
import os.path
import random
import re
import statistics
import string
import struct
import textwrap
import typing

doc = json.loads('{"users": [{"name": "Ann", "age": 31, "tags": ["a", "b"]}, {"name": "Bo", "age": 27, "tags": []}], "ok": true, "pi": 3.14159}')
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps({"é": [1.5, None, float("inf")]}), json.dumps("\u2603", ensure_ascii=False))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
log = "2024-01-05 ERROR disk full\n2024-01-06 INFO ok\n2024-01-07 ERROR net down"
print(re.findall(r"^(\S+) ERROR (.*)$", log, re.M))
print(re.sub(r"(?P<y>\d{4})-(\d\d)-(\d\d)", r"\3/\2/\g<y>", log.splitlines()[0]))
print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), bool(re.fullmatch(r"[a-z]+\d?", "abc1")))
m = re.search(r"(?i)(?P<word>hello)\s+(\w+)", "Say HELLO world")
print(m.group("word"), m.groups(), m.span(), m.groupdict())
Point = collections.namedtuple("Point", "x y")
dq = collections.deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(9)
print(Point(1, 2), dq, collections.Counter("banana").most_common(2), collections.OrderedDict(a=1))


@dataclasses.dataclass(order=True)
class Item:
    price: decimal.Decimal
    name: str = "x"
    tags: list = dataclasses.field(default_factory=list)


items = [Item(decimal.Decimal("2.50"), "b"), Item(decimal.Decimal("1.10"), "a")]
print(sorted(items)[0], sum(i.price for i in items), dataclasses.asdict(items[0]))
print(decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("1.005").quantize(decimal.Decimal("0.01")))
print(fractions.Fraction(3, 4) - fractions.Fraction(1, 3), statistics.mean([1, 2, 3, 4]), statistics.median([5, 1, 3]))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(Color.RED, Color(2).name, [c.value for c in Color])
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.weekday(), datetime.datetime(2024, 1, 2, 3, 4, 5).strftime("%Y/%m/%d %H:%M"))
print(datetime.timedelta(hours=25, minutes=3), repr(datetime.datetime(2024, 5, 6, 7, 8)))
print(list(itertools.accumulate([1, 2, 3])), list(itertools.permutations("abc", 2))[:3])
print(functools.reduce(operator.mul, range(1, 8)), heapq.nsmallest(2, [5, 3, 8, 1]), bisect.bisect([1, 3, 5], 4))
print(hashlib.sha256(b"edge").hexdigest()[:16], hashlib.md5(b"edge").hexdigest()[:16])
print(struct.pack("<HI", 1, 2), struct.unpack(">h", b"\xff\xfe"), struct.calcsize("<qd"))
print(array.array("i", [1, 2, 3]).tolist(), textwrap.wrap("a b c d e f g", 5), string.capwords("hello there"))
random.seed(7)
print(random.randint(1, 10), random.choice("xyz"), round(random.random(), 6))
print(os.path.join("a", "b.txt"), os.path.splitext("x.tar.gz"), math.comb(10, 3), copy.deepcopy([[1], [2]]))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()), typing.get_type_hints(Item)["name"])


async def work(n):
    await asyncio.sleep(0)
    return n * n


async def main():
    return await asyncio.gather(work(2), work(3))


print(asyncio.run(main()))

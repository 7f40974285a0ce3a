import pprint
import textwrap
import string
from collections import OrderedDict, defaultdict, Counter, namedtuple

Point = namedtuple("Point", "x y")
data = {
    "name": "edge", "version": (1, 2, 3), "tags": ["fast", "small", "wasm"] * 4,
    "nested": {"a": [1, 2, {"b": list(range(30))}], "c": {i: str(i) * i for i in range(8)}},
    "points": [Point(i, i * i) for i in range(6)],
    "counter": Counter("mississippi"),
    "od": OrderedDict(z=1, y=2),
    "dd": defaultdict(list, {"k": [1]}),
    "set": {3, 1, 2}, "fs": frozenset({"x"}), "none": None, "float": 1 / 3,
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(50)), compact=True, width=60))
print(pprint.pformat(data["nested"], sort_dicts=False, indent=2))
text = ("Edge Python is a small, fast Python runtime for the web and for edge JavaScript hosts. " * 3).strip()
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.indent("a\nb\n\nc", "> "))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.capwords(" hello   world  "), string.ascii_letters[:5], string.punctuation)
fmt = string.Formatter()
print(fmt.format("{0:>8}|{name!r:^10}|{1:08.3f}", "a", 3.14159, name="n"))

"""Text templating on top of string.Formatter: a subclass with custom conversions, format
specs and field lookup through dotted paths, a compile step that walks Formatter.parse
chunks (escaped braces included), sentinel objects, and collections.abc type checks
after a bare `import collections`."""
import collections
import string
import textwrap
from decimal import Decimal

MISSING = object()


class Missing(Exception):
    pass


class TemplateFormatter(string.Formatter):
    conversions = {"u": str.upper, "l": str.lower, "t": str.title}

    def get_field(self, field_name, args, kwargs):
        head, *rest = field_name.split(".")
        obj = self.get_value(int(head) if head.isdigit() else head, args, kwargs)
        for part in rest:
            if isinstance(obj, collections.abc.Mapping):
                obj = obj.get(part, MISSING)
            else:
                obj = getattr(obj, part, MISSING)
            if obj is MISSING:
                raise Missing(field_name)
        return obj, head

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        if key not in kwargs:
            raise Missing(key)
        return kwargs[key]

    def convert_field(self, value, conversion):
        if conversion in self.conversions:
            return self.conversions[conversion](str(value))
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec.startswith("list"):
            sep = spec[4:] or ", "
            return sep.join(map(str, value))
        if isinstance(value, collections.abc.Sequence) and not isinstance(value, str) and not spec:
            return f"[{len(value)} items]"
        return super().format_field(value, spec)


def compile_template(text):
    """Literal chunks and fields, as a list of ('lit', s) / ('field', name, spec, conv)."""
    out = []
    for literal, field, spec, conv in string.Formatter().parse(text):
        if literal:
            if out and out[-1][0] == "lit":
                out[-1] = ("lit", out[-1][1] + literal)
            else:
                out.append(("lit", literal))
        if field is not None:
            out.append(("field", field, spec, conv))
    return out


class Order:
    def __init__(self, oid, customer, lines):
        self.oid = oid
        self.customer = customer
        self.lines = lines

    @property
    def total(self):
        return sum(Decimal(str(q)) * p for _, q, p in self.lines)


fmt = TemplateFormatter()
customer = {"name": "ada lovelace", "city": "london", "tags": ["vip", "early"]}
order = Order(17, customer, [("widget", 3, Decimal("2.50")), ("gadget", 1, Decimal("10.00")),
                             ("gizmo", 12, Decimal("0.75"))])
tpl = ("Order #{o.oid:05d} for {o.customer.name!t} ({o.customer.city!u}) {{ref:{o.oid:x}}}\n"
       "tags: {o.customer.tags:list | } / {o.customer.tags} / {o.customer.tags!r}\n"
       "total: {o.total:>10,.2f} {{{o.total!s}}} {o.lines:list;}")
print(fmt.format(tpl, o=order))
print(list(string.Formatter().parse("a{{b}}c{0!r:>4}{{")))
chunks = compile_template(tpl)
print(len(chunks), [c[0] for c in chunks].count("field"), chunks[0], chunks[-1])
print([c[1][:12] for c in chunks if c[0] == "lit"])
for bad in ["{o.customer.phone}", "{nobody}", "{o.nothing.here}"]:
    try:
        fmt.format(bad, o=order)
    except Missing as e:
        print("Missing", e)
print(fmt.vformat("{0.oid}-{1}-{2!l}", (order, 2, "MiXeD"), {}))

# sentinels are plain objects: identity only, no attributes
print(MISSING is MISSING, MISSING == object(), type(MISSING).__name__, hasattr(MISSING, "__dict__"))
try:
    MISSING.label = "missing"
except AttributeError as e:
    print("AttributeError:", e)

# collections.abc through the collections package
checks = [[], (), {}, "", b"", set(), frozenset(), range(3), collections.deque(), collections.OrderedDict(),
          collections.Counter(), iter([]), (x for x in []), order]
for obj in checks:
    kinds = [name for name in ("Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set",
                               "MutableSet", "Iterable", "Iterator", "Sized", "Hashable")
             if isinstance(obj, getattr(collections.abc, name))]
    print(f"{type(obj).__name__:<12}", " ".join(kinds))


class Registry(collections.abc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(sorted(self._d))

    def __len__(self):
        return len(self._d)


r = Registry()
r["Alpha"] = 1
r.update(BETA=2, gamma=3)
r.setdefault("ALPHA", 99)
print(dict(r), r.get("beta"), "GAMMA" in r, r.pop("gamma"), len(r), list(r.items()), r == {"alpha": 1, "beta": 2})
print(textwrap.indent(fmt.format("{n!u}\n{v:list\n}", n="lines", v=[1, 2, 3]), "  > "), end="")
print()

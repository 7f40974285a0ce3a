"""Text processing: textwrap, string.Template, format specs, collections, itertools."""
import textwrap
import string
import re
from collections import deque, Counter, OrderedDict, ChainMap, defaultdict, namedtuple
from itertools import groupby, accumulate, product, permutations, combinations, islice, chain, zip_longest, pairwise, starmap, count, cycle, takewhile, dropwhile, compress, tee, batched
import operator

WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud "
         "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat").split()

def gen_text(n, seed=1):
    x = seed
    out = []
    for i in range(n):
        x = (x * 48271) % 2147483647
        w = WORDS[x % len(WORDS)]
        if x % 11 == 0:
            w = w.capitalize() + "."
        out.append(w)
    return " ".join(out)

Row = namedtuple("Row", "name qty price", defaults=(0.0,))

def main():
    text = gen_text(80000)
    wrapped = textwrap.wrap(text, width=47)
    print(len(wrapped), wrapped[0], "|", wrapped[-1])
    filled = textwrap.fill(text[:300], width=30, initial_indent="> ", subsequent_indent="  ")
    print(filled)
    print(textwrap.shorten(text, width=60, placeholder=" [...]"))
    print(textwrap.indent("a\n\nb\nc", "# "), textwrap.dedent("    x\n      y\n    z"), sep="\n")
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    print(counts.most_common(5), counts["ut"], counts.total(), len(counts))
    c2 = Counter("abracadabra")
    print(c2, c2 - Counter("aab"), c2 & Counter("aaz"), c2 | Counter("zz"), sorted(c2.elements())[:5], +Counter(a=-1, b=2))
    tpl = string.Template("$who owes $$${amount} to ${whom}")
    print(tpl.substitute(who="Ann", amount="12.50", whom="Bob"), tpl.safe_substitute(who="X"))
    try:
        tpl.substitute(who="Y")
    except KeyError as e:
        print("KeyError", e)
    rows = [Row("widget", 1200, 3.5), Row("gadget", 35, 12.25), Row("doohickey", 7), Row("thingamajig", 123456, 0.015)]
    for r in rows:
        print(f"{r.name:<12.10}|{r.qty:>9,}|{r.price:>10.3f}|{r.qty * r.price:^14,.2f}|{r.name!r:>14}|{r.qty:08_d}")
    print("{0:{fill}{align}{width}}|{1:{w2}.{p}f}|{2!s:^7}|{obj.name}|{obj[1]}".format("mid", 3.14159, None, fill="*", align="^", width=11, w2=8, p=2, obj=rows[0]))
    print(format(1234567.891, ",.1f"), format(-42, "+05d"), format(0.000123, ".2e"), format(42, "#x"), format("s", "~>5"), "%-6s|%5.1f|%03d|%x|%r" % ("ab", 2.25, 7, 255, "q"))
    print(rows[2], rows[0]._asdict(), rows[1]._replace(qty=1), Row._fields, Row._field_defaults)
    d = deque(range(10), maxlen=7)
    d.rotate(3)
    d.appendleft(-1)
    d.extend([100, 200])
    print(d, d.maxlen, d.count(5), d.index(100), list(reversed(d))[:3])
    od = OrderedDict.fromkeys("abcde", 0)
    od.move_to_end("b")
    od.move_to_end("e", last=False)
    print(od, od.popitem(last=False), list(od.items())[:2])
    cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
    cm2 = cm.new_child({"z": 0})
    cm2["a"] = 9
    print(cm2, cm2.maps[1], cm.parents, dict(cm2), cm2["b"])
    words = sorted(text.split()[:500], key=lambda w: (w[0], len(w)))
    groups = [(k, len(list(g))) for k, g in groupby(words, key=lambda w: w[0])]
    print(groups[:8])
    print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate(range(1, 8), operator.mul, initial=1)))
    print(len(list(product("ab", repeat=4))), list(permutations("abc", 2)), list(combinations(range(5), 3))[-3:])
    print(list(islice(count(10, 3), 2, 12, 3)), list(chain.from_iterable(["ab", "cd", "e"])), list(zip_longest("abc", [1], fillvalue="-")))
    print(list(pairwise("abcd")), list(starmap(pow, [(2, 5), (3, 2)])), list(islice(cycle("xy"), 5)), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
    print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), [list(t) for t in tee(range(3), 2)], list(batched("abcdefg", 3)))
    index = defaultdict(set)
    for i, w in enumerate(text.split()):
        index[w[:2]].add(i % 97)
    digest = sum(len(v) * (i + 1) for i, (k, v) in enumerate(sorted(index.items())))
    print("index", len(index), digest)
    table = str.maketrans("aeiou", "43105", "xyz")
    print("hello quixotic".translate(table), "  strip me  ".strip().center(16, "."), "a,b,,c".split(","), "a b  c".split(), "Title Case wORDS".swapcase(), "x".zfill(4), "tab\tsep".expandtabs(4))
    print("{:>{}}".format("r", 4), "{!a}".format("héllo"), "%(k)s=%(v)05.1f" % {"k": "pi", "v": 3.14159}, f"{'nest':{'>'}{10}}", f"{3+4=}", f"{text[:5]!r:>10}")

main()

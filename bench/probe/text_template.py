# Text templating: str.format with specs, %-formatting, format_map, Template.
from string import Template

rows = [(i, "name%03d" % i, i * 3.14159, i % 7 == 0) for i in range(300)]
fmt = "{0:>5d} | {1:<10s} | {2:10.3f} | {3!s:^7} | {2:e} | {0:#x} | {0:08b}"
pfmt = "%5d | %-10s | %10.3f | %-7s | %e | %#x | %+d%%"
tmpl = Template("$name has ${value} units ($$ok)")
h = 0
for rep in range(60):
    parts = []
    for i, name, val, flag in rows:
        parts.append(fmt.format(i, name, val, flag))
        parts.append(pfmt % (i, name, val, flag, val, i, -i))
        parts.append("{name}:{val:.2f}".format_map({"name": name, "val": val}))
        parts.append(tmpl.substitute(name=name, value=i))
        parts.append("%(n)s=%(v)r" % {"n": name, "v": val})
        parts.append("{:,}".format(i * 123457) + "{:_}".format(i * 99991))
    text = "\n".join(parts)
    h = (h * 131 + len(text) + text.count("1")) % 1000000007
print(h)
print(text[:400])
print(text[-300:])

import re, textwrap, html
from itertools import groupby

DOC = """# Title *one*

Some **bold** text and `code` with a [link](http://x.org/?a=1&b=2).
More text_with_underscores and *emph* and **more bold**.

## List
- item one
- item **two**
- item `three`

1. first
2. second

> quoted *text*
> more quote

```
def f(x):
    return x < 1 & 2
```

A final paragraph that is fairly long and should be wrapped by textwrap when we format it as plain text output at the end.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: "<code>%s</code>" % html.escape(m.group(1))),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<!\w)\*(.+?)\*(?!\w)"), r"<i>\1</i>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: '<a href="%s">%s</a>' % (html.escape(m.group(2)), m.group(1))),
]

def inline(text):
    for pat, rep in INLINE:
        text = pat.sub(rep, text)
    return text

def kind(line):
    if line.startswith("```"): return "fence"
    if re.match(r"#{1,6} ", line): return "h"
    if line.startswith("- "): return "ul"
    if re.match(r"\d+\. ", line): return "ol"
    if line.startswith("> "): return "quote"
    if not line.strip(): return "blank"
    return "p"

def render(doc):
    out = []
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        if kind(lines[i]) == "fence":
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            out.append("<pre>%s</pre>" % html.escape("\n".join(lines[i + 1:j])))
            i = j + 1
            continue
        i += 1
    body = [l for l in lines]
    in_fence = False
    filtered = []
    for l in body:
        if l.startswith("```"):
            in_fence = not in_fence
            continue
        if not in_fence:
            filtered.append(l)
    for k, group in groupby(filtered, key=kind):
        group = list(group)
        if k == "h":
            for l in group:
                m = re.match(r"(#+) (.*)", l)
                out.append("<h%d>%s</h%d>" % (len(m.group(1)), inline(m.group(2)), len(m.group(1))))
        elif k in ("ul", "ol"):
            items = [re.sub(r"^(- |\d+\. )", "", l) for l in group]
            out.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % inline(x) for x in items), k))
        elif k == "quote":
            out.append("<blockquote>%s</blockquote>" % inline(" ".join(l[2:] for l in group)))
        elif k == "p":
            out.append("<p>%s</p>" % inline(" ".join(group)))
    return "\n".join(out)

print(render(DOC))
plain = re.sub(r"<[^>]+>", "", render(DOC))
print(textwrap.fill(html.unescape(plain.split("\n")[-1]), width=40, initial_indent="  ", subsequent_indent="    "))
print(textwrap.dedent("""\
      a
        b
      c"""), textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25), sep="\n")
words = re.findall(r"[a-z]+", DOC.lower())
print(sorted({w: words.count(w) for w in words}.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;  d"), re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \2", "joe@x and ann@y"))
print(re.subn(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.escape("a.b*c"), re.fullmatch(r"\w+", "abc_1"))
for m in re.finditer(r"(?P<key>\w+)=(?P<val>[^;]*)", "a=1;bb=two;c="):
    print(m.span(), m.groupdict(), m.lastgroup, m.expand(r"\g<val>-\1"))

# Searches whose pattern starts with an alternation: the engine skips start positions that
# cannot begin any branch. Every branch shape must still be found where CPython finds it.
import re

text = "xxAGGGTAAAyy tttaccct zz aggGtaaa TTTACCCT agggtaa agggtaaax"
for pat, flags in [
    ("agggtaaa|tttaccct", re.I),
    ("agggtaaa|tttaccct", 0),
    ("[cgt]gggtaaa|tttaccc[acg]", re.I),
    ("(?:ag|tt)+t?a", 0),
    ("(a|t)(g|t)", 0),
    ("a?z|y", 0),
    ("(|zz)", 0),
    ("(?:z|)y", 0),
    ("x*A|G", 0),
    ("(?P<w>\\w)(?P=w)|  ", 0),
    ("\\bTT|zz\\b", 0),
    ("A|B|C|D|E|F|G|H|I|J", 0),
    (".|a", 0),
    ("(?:a|b)(?=G)", re.I),
]:
    rx = re.compile(pat, flags)
    print(repr(pat), [m.span() for m in rx.finditer(text)], rx.sub("_", text).count("_"))
print(re.findall("ß|k", "STRASSE Kelvin \u212a", re.I))
print(re.search("(ab|cd)+", "xxcdabab").span(), re.match("ab|cd", "cdab").group())
print(re.split("a|b", "xaybz"), re.sub("(x|y)", r"<\1>", "axbyc"))
print([m.group() for m in re.finditer(rb"ab|cd", b"..ab..cd..")])

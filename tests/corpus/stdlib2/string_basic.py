import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"), string.capwords("ÉCOLE nORMALE"))
t = string.Template("$who likes ${what} $$ $")
tests = [
    lambda: t.substitute(who="a", what="b"),
    lambda: t.safe_substitute(who="a"),
    lambda: string.Template("$x").substitute(),
    lambda: string.Template("$who $").substitute(who=1),
    lambda: string.Template("${x").substitute(x=1),
    lambda: string.Template("${x").safe_substitute(x=1),
    lambda: string.Template("a $1").substitute(),
    lambda: string.Template("$x").substitute({"x": 1}, x=2),
    lambda: string.Template("$x and $y").substitute({"x": 1}, y=2),
    lambda: t.get_identifiers(),
    lambda: t.is_valid(),
    lambda: string.Template("$a$b_c ${d}e").substitute(a=1, b_c=2, d=3),
    lambda: string.Template("line1\nline2 $ x").substitute(),
    lambda: string.Template("$x").substitute(1, 2),
    lambda: string.Template("$$$a").safe_substitute(),
    lambda: string.Template("100$").substitute(),
    lambda: string.Template("$ab.cd").substitute(ab=[1]),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Pct(string.Template):
    delimiter = "%"


print(Pct("%who is %{what} %%").substitute(who="x", what="y"))
print(string.Template.delimiter, string.Template("x").template)
fmt = string.Formatter()
print(fmt.format("{0} + {1} = {total:>5}", 1, 2, total=3), fmt.format("{}-{}", "a", "b"), fmt.format("{0[1]}{a.real}{{}}", [7, 8], a=3))
print(list(fmt.parse("a{0!r:>3}b{}")))
for bad in ["{} {1}", "{0} {}", "x}"]:
    try:
        fmt.format(bad, 1, 2)
    except ValueError as e:
        print("ValueError", e)

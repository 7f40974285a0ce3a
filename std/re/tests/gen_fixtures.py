"""Writes fixtures.txt: CPython 3.13's results for the engine's replay test (engine.rs).

Run from this directory with `PYENV_VERSION=3.13.0 python3 gen_fixtures.py`.
One case per line, tab-separated fields, every field escaped to printable ASCII:
  M op flags pattern subject -> result     (op: match/search/fullmatch; result: spans|lastindex or None)
  E flags pattern -> kind|message|pos      (compile errors; pos '-' when CPython gives none)
  S flags pattern repl subject count -> result|n   or   -> !kind|message|pos
  P flags pattern subject maxsplit -> piece|piece|...  ('~' for None)
  F flags pattern subject -> span span ...  (finditer)
"""
import re
import sys

assert sys.version_info[:2] == (3, 13), "run with PYENV_VERSION=3.13.0"


def esc(s):
    if isinstance(s, bytes):
        s = s.decode("latin-1")
    out = []
    for ch in s:
        n = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch in "|~\t" or n < 0x20 or n >= 0x7F:
            out.append("\\x%02x" % n if n < 0x100 else ("\\u%04x" % n if n < 0x10000 else "\\U%08x" % n))
        else:
            out.append(ch)
    return "".join(out)


def pat_field(p):
    # 'b:' marks bytes patterns/subjects
    return ("b:" if isinstance(p, bytes) else "s:") + esc(p)


def err_field(e):
    kind = type(e).__name__
    pos = getattr(e, "pos", None)
    msg = getattr(e, "msg", None) or str(e)
    return "%s|%s|%s" % (kind, esc(msg), "-" if pos is None else pos)


lines = []


def spans(m):
    if m is None:
        return "None"
    sp = " ".join("%d,%d" % m.span(g) for g in range(m.re.groups + 1))
    return "%s|%s" % (sp, "-" if m.lastindex is None else m.lastindex)


def case(pattern, subject, flags=0, ops=("match", "search", "fullmatch")):
    try:
        p = re.compile(pattern, flags)
    except Exception as e:  # noqa: BLE001 - any compile failure is a fixture
        lines.append("\t".join(["E", str(int(flags)), pat_field(pattern), err_field(e)]))
        return
    for op in ops:
        m = getattr(p, op)(subject)
        lines.append("\t".join(["M", op, str(int(flags)), pat_field(pattern), pat_field(subject), spans(m)]))
    fi = " ".join("%d,%d" % m.span() for m in p.finditer(subject))
    lines.append("\t".join(["F", str(int(flags)), pat_field(pattern), pat_field(subject), fi]))


def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
    except Exception as e:  # noqa: BLE001
        lines.append("\t".join(["E", str(int(flags)), pat_field(pattern), err_field(e)]))
        return
    raise SystemExit("expected an error for %r" % (pattern,))


def sub(pattern, repl, subject, count=0, flags=0):
    try:
        r, n = re.subn(pattern, repl, subject, count=count, flags=flags)
        res = esc(r) + "|" + str(n)
    except Exception as e:  # noqa: BLE001
        res = "!" + err_field(e)
    lines.append("\t".join(["S", str(int(flags)), pat_field(pattern), pat_field(repl), pat_field(subject), str(count), res]))


def split(pattern, subject, maxsplit=0, flags=0):
    parts = re.split(pattern, subject, maxsplit=maxsplit, flags=flags)
    res = "|".join("~" if x is None else esc(x) for x in parts)
    lines.append("\t".join(["P", str(int(flags)), pat_field(pattern), pat_field(subject), str(maxsplit), res]))


I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

# literals, classes, anchors
for p, s in [
    ("abc", "abc"), ("abc", "xabcx"), ("abc", "ab"), ("", ""), ("", "abc"), ("a|b", "cba"),
    ("a.c", "abc"), ("a.c", "a\nc"), ("^abc$", "abc"), ("^abc$", "abc\n"), ("abc$", "abc\nabc\n"),
    ("[abc]+", "xxbcaay"), ("[^abc]+", "abcxyzabc"), ("[a-z0-9_]+", "Hello_World99!"),
    ("[]a]+", "a]]b"), ("[^]a]+", "a]bcd"), ("[a-]+", "a--b"), ("[-a]+", "--aab"), (r"[\]]+", "]]x"),
    (r"[\d]+", "ab123c"), (r"[\w.-]+@[\w.-]+", "mail me at bob.s-m@ex.co.uk now"),
    (r"\d+", "abc 123 def 4567"), (r"\D+", "123abc456"), (r"\w+", "hello, world"), (r"\W+", "hello, world"),
    (r"\s+", "a \t\n b"), (r"\S+", "  ab  cd "), (r"\bfoo\b", "a foo b"), (r"\bfoo\b", "afoob"),
    (r"\Bfoo\B", "afoob"), (r"\B", ""), (r"\b", ""), (r"\Aab", "abab"), (r"ab\Z", "abab\n"), (r"ab$", "abab\n"),
    (r"\x41\u0042\U00000043\101\0", "ABCA\0"), (r"\t\n\r\f\v\a", "\t\n\r\f\v\a"), (r"[\b]", "\b"),
    (r"\.\*\+\?\(\)\[\]\{\}\|\^\$", ".*+?()[]{}|^$"), (r"\-\#\ \&\~", "-# &~"),
    ("a{2}", "aaa"), ("a{2,}", "aaaaa"), ("a{,2}", "aaa"), ("a{1,3}", "aaaaa"), ("a{}", "a{}"), ("a{x}", "a{x}"),
    ("a{1,x}", "a{1,x}"), ("{", "{"), ("a{,}", "aaa"), ("x{0}y", "xy"), ("x{0}y", "y"),
    ("\u00e9+", "caf\u00e9\u00e9!"), ("[\u00e0-\u00ff]+", "na\u00efve"), ("\u4e2d\u6587", "\u6211\u8bf4\u4e2d\u6587"),
    (r"\d+", "\u0661\u0662\u0663 12"), (r"\w+", "\u00fcber stra\u00dfe"), (r"\s+", "a\u3000\u00a0b"),
    ("\U0001F600+", "x\U0001F600\U0001F600y"), (".", "\U0001F600"), (r"\d", "\u00b2"), (r"\d+", "\uff11\uff12"),
]:
    case(p, s)
for p, s in [(r"\d+", "\u0661\u0662 12"), (r"\w+", "\u00fcber"), (r"\s+", "a\u00a0 b")]:
    case(p, s, A)

# quantifiers: greedy, lazy, possessive
for p, s in [
    ("a*", "aaab"), ("a*?", "aaab"), ("a+?", "aaab"), ("a??b", "ab"), ("a?b", "b"), ("<.*>", "<a><b>"),
    ("<.*?>", "<a><b>"), ("a{2,3}?", "aaaa"), ("a*+a", "aaaa"), ("a++b", "aaab"), ("a?+a", "a"),
    ("(?:ab)*+ab", "ababab"), ("(?:ab)++c", "ababc"), ("a{1,3}+a", "aaaa"), ("x*", "xxyxx"), ("x*?y", "xxy"),
    ("(?:a|ab)*c", "abababc"), ("(?:a|b)*?b", "aaab"), ("(a|ab)(c|bcd)(d*)", "abcd"), (".*foo", "xfooyfooz"),
    (".*?foo", "xfooyfooz"), ("(ab)*", "ababab"), ("(ab)*?$", "abab"), ("(a*)*", "aaa"), ("(a*)+", "aaa"),
    ("(a|)*", "aa"), ("(|a)*", "aa"), ("(a*?)*", "aa"), ("(?:a*)*b", "aab"), ("(a?)*?b", "aab"), ("(?:x?)*y", "xxy"),
    ("a{3,5}", "aa aaa aaaaaa"), ("(?:a{2})*", "aaaaa"), ("(a{2}){2}", "aaaaa"), ("((a)|b)+", "aba"),
    ("(a)|b", "b"), ("(?:(a)|b)*", "ab"), ("(|a){1,2}", "a"), ("(|a){1,2}\\w{,2}?", "aab"),
    ("[ab]*+[^a]{,2}?(|a){1,2}", "ba a"), ("(|a){2,3}", "aa"), ("(?:|a){1,2}?$", "a"), ("(a)*", "aaa"), ("(?:(a)|(b))+", "ab"), ("(a|b)*?c", "abc"),
]:
    case(p, s)

# groups, named groups, backreferences, lastindex
for p, s in [
    ("(a)(b)(c)", "abc"), ("((a)b)", "ab"), ("(a)(b)?", "a"), ("(?P<first>\\w+) (?P<last>\\w+)", "Jane Doe"),
    ("(?P<x>a)(?P=x)", "aa"), ("(a)\\1", "aa"), ("(a)\\1", "ab"), ("(\\w+)\\s+\\1", "hello hello world"),
    ("(?i)(a)\\1", "aA"), ("(a)|(b)", "b"), ("(?:(a)|(b))(?(1)c|d)", "bd"), ("(?:(a)|(b))(?(1)c|d)", "ac"),
    ("(<)?\\w+(?(1)>)", "<abc>"), ("(<)?\\w+(?(1)>)", "abc>"), ("(?P<q>')?x(?(q)')", "'x'"),
    ("(a)(?(1)b)", "ab"), ("(a)?(?(1)b|c)", "c"), ("((a)|b)*", "ab"), ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11", "abcdefghijkk"),
    ("(?:a(b)?)+", "aba"), ("(?P<a>x)|(?P<b>y)", "y"), ("()", ""), ("(a)|()", ""),
]:
    case(p, s)

# lookaround and atomic groups
for p, s in [
    ("foo(?=bar)", "foobaz foobar"), ("foo(?!bar)", "foobar foobaz"), ("(?<=\\$)\\d+", "cost: $42"),
    ("(?<!\\$)\\b\\d+", "$42 17"), ("(?<=ab|cd)x", "cdx"), ("(?<=(a))b", "ab"), ("(?=(\\w+))\\w", "abc"),
    ("(?!)", "a"), ("(?=)", "a"), ("a(?=b)", "ab"), ("(?>a+)b", "aaab"), ("(?>a+)ab", "aaab"), ("(?>a|ab)c", "abc"),
    ("(?>(a+))\\1", "aaaa"), ("(?=a)*b", "b"), ("x(?<=x)", "x"), ("(?<!^)x", "xx"), ("(?<=^)x", "xx"),
    ("(a)(?<=\\1)", "aa"), ("(?=.*\\d)(?=.*[a-z]).{6,}", "abc123"), ("(?!.*\\d).{3}", "abc1"),
    ("\\b(?=\\w)", "hi there"), ("(?<=\\b)\\w", "hi there"), ("(?<=a(?=b))b", "ab"),
]:
    case(p, s)

# flags
for p, s, f in [
    ("abc", "ABC", I), ("[a-z]+", "HeLLo", I), ("[^a-z]+", "HeLLo123", I), ("\u00e9", "\u00c9", I),
    ("\u017f", "S", I), ("s", "\u017f", I), ("k", "\u212a", I), ("\u212a", "K", I), ("\u03c3", "\u03a3\u03c2", I),
    ("[\u03c3]+", "\u03a3\u03c2", I), ("i", "\u0130", I), ("i", "\u0131", I), ("\u00b5", "\u039c", I),
    ("^b", "a\nb", M), ("a$", "a\nb", M), ("^", "a\nb\n", M), ("$", "a\nb\n", M), ("a.b", "a\nb", S),
    ("a b # comment\n c", "abc", X), ("[ ]", " ", X), ("a\\ b", "a b", X), ("\u00e9", "\u00c9", I | A),
    ("(?i)abc", "ABC", 0), ("(?i:a)b", "Ab", 0), ("(?i:a)b", "AB", 0), ("(?-i:a)b", "aB", I), ("(?s:.)", "\n", 0),
    ("(?m)^b$", "a\nb\nc", 0), ("(?x) a b c", "abc", 0), ("(?a)\\w+", "\u00e9a", 0), ("(?u)\\w+", "\u00e9a", 0),
    ("(?a:\\w+)\\w", "ab\u00e9", 0), ("(?ims)A.$", "x\na\n\n", 0), ("(?x)a|b c", "bc", 0), ("(?x:a b)c d", "abc d", 0),
]:
    case(p, s, f)

# bytes patterns
for p, s, f in [
    (b"abc", b"xabc", 0), (b"\\w+", b"hi\xe9there", 0), (b"[\x80-\xff]+", b"a\xe9\xffb", 0), (b"ABC", b"abc", I),
    (b"\xe9", b"\xc9", I), (b"\\d+\\s\\d+", b"12 34", 0), (b"(?i)x", b"X", 0), (b".", b"\n", S), (b"(a)\\1", b"aa", 0),
]:
    case(p, s, f)

# pathological but quick
case("(a|b|c)*d", "abc" * 30 + "d")
case("(x+x+)+y", "x" * 12)
case("(?:a+)+b", "a" * 16)

# errors
for p in [
    "(", "(a", "a)", ")", "*", "a**", "a*+*", "+a", "?", "a{2}{3}", "[", "[a", "[^", "[a-", "[z-a]", "[\\d-z]",
    "[a-\\d]", "\\", "a\\", "\\q", "\\e", "[\\q]", "[\\A]", "\\1", "(a)\\2", "(a\\1)", "(?P<1>a)", "(?P<a-b>x)",
    "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P<a>x(?P=a))", "(?P", "(?Px)", "(?P<", "(?P<a", "(?P<>x)", "(?<x)", "(?",
    "(?z)", "(?i", "(?i-", "(?i-:a)", "(?-i)", "(?i-i:a)", "(?au)", "(?L)", "a(?i)", "(?ix-z:a)", "(?i-a:x)",
    "(?#abc", "(?(1)a|b|c)", "(?(0)a)", "(?(x)a)", "(?(2)a)(b)", "(?(-1)a)", "(?<=a+)b", "(?<=a|bc)x", "(?<!a*)b",
    "(?<=(?P<x>a)(?P=x)*)b", "x{2,1}", "x{4294967295}", "x{1,4294967296}", "\\x4", "\\xg", "\\u12", "\\U0011ffff",
    "\\400", "[\\400]", "\\8", "[\\8]", "\\N{DASH}", "a|*", "(*)", "^*", "$+", "\\b*", "a**?",
    "(?<=a)(?<!\\1)", "[a\\]", "\\g", "(?P=)", "((((((((((a))))))))))\\11(", "(?x)[a\n", "a\n(b",
]:
    err(p)
err(b"\\u1234")
err(b"(?u)a")
err("a", re.LOCALE)
err("a", re.A | re.U)
err(b"a", re.U)

# sub
for args in [
    ("a", "b", "banana"), ("a", "b", "banana", 2), ("(a)(n)", r"\2\1", "banana"), (r"(?P<x>\w+)", r"<\g<x>>", "hi yo"),
    (r"(\w+)", r"\g<1>!\g<0>", "hi"), ("x*", "-", "abxd"), ("", "-", "abc"), ("a|", "-", "baac"), (r"\s+", " ", "a  b\t\nc"),
    ("(a)|b", r"[\1]", "ab"), ("a", r"\n\t\\", "a"), ("a", r"\0", "a"), ("a", r"\07", "a"), ("a", r"\08", "a"),
    ("(a)", r"\101", "a"), ("a", r"\q", "a"), ("a", r"\2", "a"), ("(a)", r"\g<2>", "a"), ("a", r"\g<x>", "a"),
    ("a", r"\g<-1>", "a"), ("a", r"\g", "a"), ("a", r"\g<1", "a"), ("a", r"\&", "a"), ("a", "\\", "a"),
    ("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11\10", "abcdefghijk"), ("a", r"\400", "a"), ("(?P<n>a)", r"\g<n>\g<n>", "aa"),
    (b"a", rb"\n", b"bab"), ("\u00e9", "E", "\u00e9t\u00e9"), (r"\b", "|", "hi there"), ("$", "!", "a\nb\n"),
    ("(?m)$", "!", "a\nb\n"), ("^", ">", "a\nb"), ("(?m)^", ">", "a\nb"),
]:
    sub(*args)

# split
for args in [
    (",", "a,b,,c"), (",", "a,b,c", 1), ("(,)", "a,b"), ("(,)|(;)", "a,b;c"), (r"\W+", "Words, words, words."),
    ("x*", "axbc"), ("", "abc"), (r"\b", "hi there"), ("(?=b)", "abab"), ("a", "aaa"), ("a*", "baaac"),
    (r"\s*", "a b  c"), ("[,;]", "a;b,c", 0), ("(a)|b", "xaybz"), (",", "", 0), ("$", "ab\n"),
]:
    split(*args)

with open("fixtures.txt", "w") as f:
    f.write("# generated by gen_fixtures.py from CPython %s; do not edit\n" % sys.version.split()[0])
    for line in lines:
        f.write(line + "\n")
print(len(lines), "cases")

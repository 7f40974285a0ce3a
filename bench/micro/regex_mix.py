# Many short regex operations over many patterns, in the spirit of pyperformance's
# regex_effbot and regex_v8 (our own patterns and texts): module-level re.search/match with
# pattern strings (the pattern cache), compiled patterns reused, group access of every kind,
# sub with a template and a callable, split, findall and finditer.
import re

WORDS = ["alpha", "Beta", "gamma42", "delta_x", "EPSILON", "zeta", "eta9", "theta", "iota", "kappa"]
TEXTS = []
seed = 7
for i in range(60):
    seed = (seed * 69069 + 1) % 4294967296
    w = [WORDS[(seed >> s) % len(WORDS)] for s in (3, 7, 11, 15, 19)]
    TEXTS.append("%s=%d; %s <%s@%s.org> %d.%d.%d.%d %s-%s" % (
        w[0], seed % 1000, w[1], w[2], w[3], seed % 256, (seed >> 8) % 256, (seed >> 16) % 256, i, w[4], w[0]))

PATTERNS = [
    r"\d+", r"[a-z]+\d", r"<([^@>]+)@([^>]+)>", r"(\w+)=(\d+)", r"\b[A-Z]{3,}\b", r"(\d+)\.(\d+)\.(\d+)\.(\d+)",
    r"^(\w+)", r"(?i)theta|iota", r"org>\s(\d+)", r"x$", r"(?P<k>\w+)-(?P<v>\w+)$", r"[;<>@]", r"zeta|eta",
    r"(a|b)+c", r"\s+", r"(?:ka)+ppa",
]


def effbot_like(rounds):
    hits = 0
    for _ in range(rounds):
        for p in PATTERNS:
            for t in TEXTS:
                m = re.search(p, t)
                if m is not None:
                    hits += m.end() - m.start()
                if re.match(p, t):
                    hits += 1
    return hits


PAIR = re.compile(r"(\w+)=(\d+)")
MAIL = re.compile(r"<(?P<user>[^@>]+)@(?P<host>[^>]+)>")
IP = re.compile(r"(\d+)\.(\d+)\.(\d+)\.(\d+)")
TAIL = re.compile(r"(?P<k>\w+)-(?P<v>\w+)$")
SEP = re.compile(r"[;<>@\s]+")
NUM = re.compile(r"\d+")


def v8_like(rounds):
    acc = 0
    out = []
    for _ in range(rounds):
        for t in TEXTS:
            m = PAIR.search(t)
            if m:
                acc += int(m.group(2)) + len(m.group(1)) + len(m[0])
                a, b = m.groups()
                acc += len(a) + m.span(2)[1] + m.lastindex
            m = MAIL.search(t)
            if m:
                d = m.groupdict()
                acc += len(d["user"]) + len(m.group("host")) + m.start("host")
                acc += len(m.group(1, 2)[0])
            m = IP.search(t)
            if m:
                acc += sum(int(x) for x in m.groups())
            m = TAIL.search(t)
            if m:
                acc += len(m["k"]) + len(m["v"]) + (m.lastgroup == "v")
            acc += len(SEP.split(t))
            acc += len(NUM.findall(t))
            out.append(NUM.sub(lambda m: str(int(m.group()) * 2), t))
            out.append(PAIR.sub(r"\2=\1", t))
            for m in NUM.finditer(t):
                acc += m.end()
            if PAIR.fullmatch(t[:8]):
                acc += 1
    return acc, len("".join(out))


print(effbot_like(6))
print(v8_like(40))

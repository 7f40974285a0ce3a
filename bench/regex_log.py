# Tokenises a synthetic web-server log with `re`: compiled patterns, match at a position
# (a scanner loop), finditer, findall, sub with a template and a function, split.
import re

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/items/42", "/static/app.js", "/login"]


def make_log(n):
    lines = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        ip = "10.%d.%d.%d" % (seed % 256, (seed >> 8) % 256, (seed >> 16) % 256)
        level = LEVELS[seed % 4]
        path = PATHS[(seed >> 4) % len(PATHS)]
        status = [200, 200, 301, 404, 500][(seed >> 6) % 5]
        ms = (seed >> 10) % 2000
        lines.append('2024-05-%02d %02d:%02d:%02d %s %s "GET %s HTTP/1.1" %d %dms user=u%d'
                     % (1 + i % 28, i % 24, i % 60, (i * 7) % 60, level, ip, path, status, ms, seed % 97))
    return "\n".join(lines)


LINE = re.compile(r'(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) '
                  r'(?P<ip>(?:\d{1,3}\.){3}\d{1,3}) "(?P<method>\w+) (?P<path>\S+) [^"]*" '
                  r'(?P<status>\d{3}) (?P<ms>\d+)ms user=(?P<user>\w+)')
TOKEN = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')


def scan(text):
    counts = [0, 0, 0]
    pos = 0
    end = len(text)
    while pos < end:
        m = TOKEN.match(text, pos)
        if m is None:
            break
        counts[m.lastindex - 1] += 1
        pos = m.end()
    return counts


log = make_log(20000)
total_ms = 0
statuses = {}
for m in LINE.finditer(log):
    total_ms += int(m.group("ms"))
    statuses[m["status"]] = statuses.get(m["status"], 0) + 1
print("lines", len(log.splitlines()), "ms", total_ms, sorted(statuses.items()))
errors = re.findall(r'^.* ERROR .*$', log, re.M)
print("errors", len(errors))
ips = re.findall(r'\b(\d+)\.(\d+)\.\d+\.\d+\b', log)
print("ips", len(ips), sum(int(a) + int(b) for a, b in ips) % 100003)
masked = re.sub(r'user=u(\d+)', r'user=<\1>', log)
bumped = re.sub(r'(\d+)ms', lambda m: str(int(m.group(1)) // 10) + "cs", log[:40000])
print("sub", len(masked), len(bumped), masked.count("<"), bumped.count("cs"))
words = re.split(r'[\s"=/]+', log)
print("split", len(words), sum(len(w) for w in words))
print("scan", scan(log[:200000]))

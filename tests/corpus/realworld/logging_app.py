# An application logging setup: named logger hierarchy, handlers writing to StringIO with
# different formatters and levels, filters, propagation, exception logging and LoggerAdapter.
import io
import logging

stream_all = io.StringIO()
stream_err = io.StringIO()

root = logging.getLogger()
root.setLevel(logging.WARNING)

app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.propagate = False

h_all = logging.StreamHandler(stream_all)
h_all.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
h_all.setLevel(logging.DEBUG)

h_err = logging.StreamHandler(stream_err)
h_err.setFormatter(logging.Formatter("[%(levelno)02d] {%(name)s} %(funcName)s %(message)r", style="%"))
h_err.setLevel(logging.ERROR)


class OddOnly(logging.Filter):
    def filter(self, record):
        n = getattr(record, "n", None)
        return n is None or n % 2 == 1


h_all.addFilter(OddOnly())
app.addHandler(h_all)
app.addHandler(h_err)

db = logging.getLogger("app.db")
web = logging.getLogger("app.web")
web.setLevel(logging.INFO)


def handle_request(i):
    web.debug("debug %d hidden", i)
    web.info("request %d path=/item/%s", i, i * 7, extra={"n": i})
    if i % 4 == 0:
        db.warning("slow query #%d took %.3f s", i, i / 8)
    if i % 5 == 0:
        db.error("failed %s", {"i": i})


for i in range(12):
    handle_request(i)

try:
    {}["missing"]
except KeyError:
    app.exception("lookup failed for %s", "missing")

brace = logging.getLogger("brace")
brace.propagate = False
sb = io.StringIO()
hb = logging.StreamHandler(sb)
hb.setFormatter(logging.Formatter("{levelname:>7}|{name}|{message}", style="{"))
brace.addHandler(hb)
brace.setLevel(logging.INFO)
brace.info("pi is %.4f", 3.14159265)
brace.log(35, "custom level %s", "thirty-five")
logging.addLevelName(35, "NOTICE")
brace.log(35, "named now")
dollar = logging.Formatter("$levelname:$message", style="$")
hb.setFormatter(dollar)
brace.critical("dollar style")


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['user']}] {msg}", kwargs


adapter = Prefixed(brace, {"user": "ana"})
adapter.warning("adapted %d", 42)
brace.disabled = True
brace.error("not shown")
brace.disabled = False

text = stream_all.getvalue()
lines = text.splitlines()
print(len(lines))
for line in lines:
    if line.startswith("Traceback") or line.startswith("  "):
        continue
    print(line)
print(stream_err.getvalue().count("\n"))
for line in stream_err.getvalue().splitlines()[:4]:
    print(line)
print(sb.getvalue(), end="")
print(app.getEffectiveLevel(), web.getEffectiveLevel(), db.getEffectiveLevel(), logging.getLevelName(35))
print(db.isEnabledFor(logging.DEBUG), web.isEnabledFor(logging.DEBUG), db.parent is app, app.parent is root)
print(logging.getLevelName("WARNING"), logging.getLevelName(17), logging.DEBUG < logging.INFO)
rec = logging.LogRecord("x.y", logging.INFO, "file.py", 10, "hello %s %d", ("w", 3), None)
print(rec.getMessage(), rec.levelname, rec.name, rec.lineno, rec.args)
print(logging.Formatter("%(name)s/%(levelname)s/%(message)s").format(rec))

# logging: basicConfig, levels, the hierarchy, formatters of the three styles, exceptions.
import io
import logging
import sys

# Everything CPython would write to stderr goes to stdout here, so the corpus compares it.
sys.stderr = sys.stdout

logging.warning("before any configuration: %s", "last resort")  # configures root (stderr)
logging.info("not shown: root is at WARNING")
logging.error("error %d of %d", 1, 3)
print(logging.getLogger().handlers[0].__class__.__name__, logging.root.level)

logging.basicConfig(level=logging.DEBUG)  # no effect: root has a handler already
print(logging.getLevelName(logging.getLogger().getEffectiveLevel()))
logging.basicConfig(force=True, stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s")
logging.debug("debug now visible")


class PathFreeFormatter(logging.Formatter):
    """Tracebacks name the script without its directory, which differs from run to run."""

    def formatException(self, ei):
        lines = super().formatException(ei).split("\n")
        return "\n".join('  File "FILE"' + line.split('"', 2)[2] if line.startswith('  File "') else line
                         for line in lines)


logging.root.handlers[0].setFormatter(
    PathFreeFormatter("%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is log, log.parent is logging.root, logging.getLogger("app") is log)


def query(n):
    db.info("running query %r", n)
    db.log(25, "custom level %s", n)


query("SELECT 1")
log.warning("dict argument: %(user)s did %(what)s", {"user": "ann", "what": "login"})
logging.addLevelName(25, "NOTICE")
query("SELECT 2")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33), logging.getLevelName("INFO"))

db.setLevel(logging.ERROR)
db.warning("hidden")
db.error("shown")
print(db.getEffectiveLevel(), log.getEffectiveLevel(), db.isEnabledFor(logging.CRITICAL), db.isEnabledFor(10))
print(repr(db), repr(log), repr(logging.root))

try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed for %s", "missing")


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    log.error("with exc_info=e", exc_info=e)
log.error("exc_info outside a handler", exc_info=True)

# Handlers of its own, propagation, formatters.
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
worker = logging.getLogger("app.worker")
worker.addHandler(handler)
worker.info("to both")
worker.propagate = False
worker.info("only to the StringIO")
print(repr(stream.getvalue()))
handler.setFormatter(logging.Formatter("$levelname/${name}/$message", style="$"))
worker.warning("template style")
handler.setFormatter(logging.Formatter("%(custom)s %(message)s", defaults={"custom": "[d]"}))
worker.warning("defaults")
worker.warning("extra wins", extra={"custom": "[x]"})
print(stream.getvalue().splitlines()[-3:])
try:
    worker.warning("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

# Filters: by name, and callables.
handler.addFilter(logging.Filter("app.worker.sub"))
worker.warning("filtered out")
logging.getLogger("app.worker.sub").warning("passes the name filter")
logging.getLogger("app.worker.subway").warning("does not")
handler.filters.clear()
worker.addFilter(lambda record: record.levelno >= logging.ERROR)
worker.warning("dropped by a callable")
worker.error("kept by the callable")
print(stream.getvalue().splitlines()[-2:])

# Formatter validation and errors.
for args in [("%(message)", "%"), ("{message", "{"), ("no fields", "{"), ("$", "$"), ("%(x)s", "?")]:
    try:
        logging.Formatter(*args)
        print("ok", args)
    except ValueError as e:
        print("ValueError", e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
print(logging.getLevelNamesMapping()["WARN"], logging.INFO, logging.FATAL, logging.WARN)

# Formatter pieces directly.
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelno": 20, "levelname": "INFO", "name": "m"})
print(logging.Formatter("%(name)s: %(message)s").format(rec), rec.message, rec.getMessage())
fmt = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r2 = logging.LogRecord("n", logging.INFO, "/a/b/mod.py", 7, "at %s", ("seven",), None, "fn")
print(r2.filename, r2.module, r2.lineno, r2.funcName, r2.levelname, len(fmt.format(r2)) == len("2026 at seven"))
print(repr(r2))

# LoggerAdapter, getChild, disable.
adapter = logging.LoggerAdapter(log, {"request": 42})
logging.root.handlers[0].setFormatter(logging.Formatter("%(request)s %(message)s"))
adapter.info("through the adapter")
logging.root.handlers[0].setFormatter(logging.Formatter(logging.BASIC_FORMAT))
print(log.getChild("db") is db, logging.getLogger("app.worker").getChild("x").name)
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("still on")
logging.disable(logging.NOTSET)
nh = logging.NullHandler()
quiet = logging.getLogger("quiet")
quiet.addHandler(nh)
quiet.propagate = False
quiet.critical("nothing")
print(quiet.hasHandlers(), logging.getLogger("nobody").hasHandlers())

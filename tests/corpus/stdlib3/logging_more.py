# logging: a pyperformance-style workload into a StringIO, file handlers, dates, handler reprs.
import io
import logging
import os
import sys
import time

stream = io.StringIO()
handler = logging.StreamHandler(stream=stream)
logger = logging.getLogger("benchlogger")
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.WARNING)
FORMAT = "important: %s"
MESSAGE = "some important information to be logged"
for i in range(300):
    logger.debug(MESSAGE)  # silent
    logger.warning(MESSAGE)
    logger.warning(FORMAT, i)
text = stream.getvalue()
print(len(text), text.count("\n"), sum(map(ord, text)) % 1000003, text.splitlines()[:3])

handler.setFormatter(logging.Formatter("%(levelname)s %(levelno)d %(name)s %(funcName)s %(lineno)d %(message)r"))
logger.error("%d%% done, %s", 50, [1, 2])
logger.critical("fatal: %.2f", 3.14159)
print(stream.getvalue().splitlines()[-2:])


class FixedTime(logging.Formatter):
    converter = time.gmtime


fmt = FixedTime("%(asctime)s|%(msecs)03d|%(message)s")
rec = logging.LogRecord("t", logging.INFO, __file__, 1, "fixed clock", None, None)
rec.created = 1700000000.25
rec.msecs = 250.0
print(fmt.format(rec))
print(FixedTime("[%(asctime)s] %(message)s", datefmt="%d/%m/%Y %H:%M").format(rec))
print(FixedTime("{asctime} {message}", style="{").format(rec))

path = "logging_more_tmp.log"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(name)s - %(levelname)s - %(message)s"))
file_logger = logging.getLogger("files")
file_logger.addHandler(fh)
file_logger.warning("first line")
file_logger.error("second line")
fh.close()
with open(path) as f:
    print(f.read().splitlines())
print(repr(fh).startswith("<FileHandler /") and repr(fh).endswith("logging_more_tmp.log (NOTSET)>"))
delayed = logging.FileHandler(path, mode="a", delay=True)
print(delayed.stream is None)
file_logger.removeHandler(fh)
file_logger.addHandler(delayed)
file_logger.warning("third line")
delayed.close()
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)

print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler()), repr(logging.NullHandler()))
print(repr(logging.Handler(logging.INFO)), repr(logging.lastResort))
h = logging.StreamHandler(sys.stdout)
h.name = "console"
print(logging.getHandlerByName("console") is h, "console" in logging.getHandlerNames())
print(h.setStream(sys.stdout), h.setStream(stream) is sys.stdout)

# The last resort writes to whatever sys.stderr is when a record arrives.
sys.stderr = sys.stdout
logging.getLogger("orphan").warning("no handlers anywhere: %s", "last resort")
logging.getLogger("orphan").info("below the last resort's level")
logging.basicConfig(format="%(name)s|%(message)s", stream=sys.stdout, level="INFO")
logging.getLogger("orphan").info("now configured")
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename="x.log")
except ValueError as e:
    print("ValueError", e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, colour=True)
except ValueError as e:
    print("ValueError", e)


class CountingHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))


ch = CountingHandler()
ch.setFormatter(logging.Formatter("%(levelname).1s:%(message)s"))
app = logging.getLogger("counting")
app.addHandler(ch)
app.propagate = False
app.setLevel(logging.DEBUG)
for level in (10, 20, 30, 40, 50):
    app.log(level, "level %s", level)
print(ch.seen)


def helper():
    app.warning("reported at the caller", stacklevel=2)


ch.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
helper()
print(ch.seen[-1])

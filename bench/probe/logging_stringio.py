# logging to a StringIO handler with formatters, levels, filters and %-args.
import io
import logging


class OddFilter(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1 if record.args else True


stream = io.StringIO()
logger = logging.getLogger("probe")
logger.setLevel(logging.DEBUG)
logger.propagate = False
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
logger.addHandler(h)
child = logger.getChild("child")
child.addFilter(OddFilter())

for i in range(12000):
    logger.debug("debug %d %s", i, "x")
    if i % 3 == 0:
        logger.info("info value=%r", {"k": i})
    if i % 10 == 0:
        logger.warning("warn %5.2f", i / 3)
    child.error("child %d", i)
logger.setLevel(logging.WARNING)
for i in range(20000):
    logger.debug("skipped %d", i)
    logger.info("skipped %d", i)

text = stream.getvalue()
lines = text.splitlines()
print(len(lines), len(text))
print(lines[0])
print(lines[1])
print(lines[-1])
print(sum(len(l) for l in lines if l.startswith("WARNING")))

# os.path.expanduser / expandvars read the environment (HOME, USER, any $name).
import os
import pathlib

os.environ["HOME"] = "/home/tester/"
os.environ["USER"] = "tester"
os.environ["EDGE_A"] = "alpha"
os.environ["EDGE_EMPTY"] = ""
for p in ["~", "~/", "~/x/y", "~tester/docs", "~nobody_here/docs", "a/~/b", "", "~~", b"~/bytes"]:
    print(repr(p), "->", repr(os.path.expanduser(p)))
print(pathlib.Path("~/notes.txt").expanduser(), pathlib.Path.home())
for p in ["$EDGE_A/x", "${EDGE_A}y", "$EDGE_Ab", "$EDGE_MISSING/z", "${EDGE_MISSING}", "$", "a$", "$$EDGE_A",
          "${EDGE_A", "${}", "$EDGE_EMPTY|", "x$1y", "${EDGE_A}${EDGE_A}$EDGE_A", "no vars", b"$EDGE_A/b"]:
    print(repr(p), "->", repr(os.path.expandvars(p)))
del os.environ["HOME"]
os.environ["HOME"] = "/"
print(repr(os.path.expanduser("~")), repr(os.path.expanduser("~/a")))

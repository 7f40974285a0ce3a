import sys
sys.stderr = sys.stdout  # the usage errors below are part of the checked output
import argparse
p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("files", nargs="*", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-o", "--output", default="-", metavar="PATH")
p.add_argument("--level", type=int, choices=[1, 2, 3], default=1)
p.add_argument("--tag", action="append", dest="tags")
p.add_argument("--dry-run", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--csv", action="store_true")
top = argparse.ArgumentParser(prog="top")
top.add_argument("--json", action="store_true")
sub = top.add_subparsers(dest="cmd")
b = sub.add_parser("build", help="build it")
b.add_argument("--jobs", "-j", type=int, default=1)
r = sub.add_parser("run")
r.add_argument("target")
for argv in [[], ["a.py", "b.py", "-vv", "--level", "2"], ["--tag", "x", "--tag=y", "-o", "out.txt", "--dry-run", "--no-color"],
             ["--json", "x"], ["-vvv", "x", "--", "-y"]]:
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items(), key=lambda kv: kv[0]))
print(p.format_usage(), end="")
for argv in [["--json", "build", "-j", "4"], ["run", "main"], []]:
    print(sorted(vars(top.parse_args(argv)).items()))
print(top.format_help())
for parser, bad in [(p, ["--level", "7"]), (p, ["--json", "--csv"]), (p, ["--level", "x"]), (p, ["--bogus"]), (top, ["run"]), (top, ["fly"])]:
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
ns, rest = p.parse_known_args(["--zzz", "f", "--level", "3"])
print(ns.level, rest)

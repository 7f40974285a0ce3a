# optparse: parsing (actions, types, clusters, abbreviations, "--", interspersed args),
# defaults, callbacks, and errors (usage + message on stderr, exit status 2).
import io
import sys
from optparse import (OptionParser, Option, OptionGroup, Values, OptionError,
                      OptionConflictError, OptionValueError, BadOptionError, make_option,
                      SUPPRESS_HELP, SUPPRESS_USAGE, IndentedHelpFormatter, TitledHelpFormatter)


def run(parser, args):
    """parse_args(args) with stdout and stderr captured: what it returned or how it exited."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print("--", args)
    if isinstance(result, tuple):
        result = "%s %s %s" % (type(result[0]).__name__, result[0], result[1])
    print(result)
    if out.getvalue():
        print("stdout:", repr(out.getvalue()))
    if err.getvalue():
        print("stderr:", repr(err.getvalue()))


p = OptionParser(prog="tool", version="%prog 1.2")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-n", "--num", type="int", default=3)
p.add_option("-x", type="float")
p.add_option("-c", "--color", choices=["red", "green"], default="red")
p.add_option("-v", action="count", dest="verbosity")
p.add_option("-a", "--add", action="append")
p.add_option("-k", action="append_const", const=7, dest="ks")
p.add_option("--const", action="store_const", const="C")
p.add_option("--point", nargs=2, type="int")
p.add_option("--yes", action="store_true")
p.add_option("--complex", type="complex")
p.add_option("--long-name-here", type=int)

run(p, [])
run(p, ["-f", "out.txt", "-q", "pos1", "-n", "0x1f", "pos2"])
run(p, ["-fout.txt", "-vvv", "-n017", "-x", "2.5", "--color=green", "-kk"])
run(p, ["--fi=a", "--nu", "12", "--add", "1", "-a", "2", "--point", "3", "4", "--yes"])
run(p, ["--const", "--", "-n", "5"])
run(p, ["--complex", "1+2j", "--long-name-here=0b101", "-"])
run(p, ["-n", "abc"])
run(p, ["-x", "nope"])
run(p, ["--color", "blue"])
run(p, ["-z"])
run(p, ["--zz"])
run(p, ["--co"])
run(p, ["--yes=1"])
run(p, ["-n"])
run(p, ["--point", "1"])
run(p, ["--version"])
run(p, ["--long-name-here", "0b"])

p2 = OptionParser(usage="usage: %prog [opts] file", prog="p2")
p2.disable_interspersed_args()
p2.add_option("-a", action="store_true")
run(p2, ["-a", "file", "-a"])
p2.enable_interspersed_args()
run(p2, ["-a", "file", "-a"])
p2.set_defaults(a="preset", b=5)
run(p2, [])
print(p2.get_usage(), p2.get_prog_name(), repr(p2.usage))


def record(option, opt_str, value, parser, *args, **kwargs):
    print("callback", option, opt_str, value, args, sorted(kwargs.items()), parser.largs, parser.rargs)
    setattr(parser.values, option.dest or "cb", value)


p3 = OptionParser(prog="p3")
p3.add_option("--cb", action="callback", callback=record, type="string", callback_args=(1,),
              callback_kwargs={"k": 2})
p3.add_option("-c", action="callback", callback=record)
run(p3, ["a", "--cb", "v", "b", "-c", "c"])

# Values
v = Values({"a": 1, "b": None})
print(v, v == {"a": 1, "b": None}, v == Values({"a": 1, "b": None}), v.ensure_value("b", 9), v.ensure_value("c", []))
v._update_careful({"a": 5, "zz": 1, "b": None})
print(v)
v._update_loose({"zz": 2})
print(v, v.zz)

# Option errors
for args, kwargs in [(("x",), {}), (("-x", "y"), {}), (("--",), {}), (("-xy",), {}),
                     (("-x",), {"action": "bogus"}), (("-x",), {"type": "bogus"}),
                     (("-x",), {"action": "store_true", "type": "int"}),
                     (("-x",), {"type": "choice"}), (("-x",), {"choices": "ab"}),
                     (("-x",), {"type": "int", "choices": ["a"]}),
                     (("-x",), {"const": 1}), (("-x",), {"action": "count", "nargs": 2}),
                     (("-x",), {"action": "callback", "callback": 3}),
                     (("-x",), {"action": "callback", "callback": print, "callback_args": [1]}),
                     (("-x",), {"callback": print}), (("-x",), {"bogus": 1, "other": 2}),
                     ((), {})]:
    try:
        o = Option(*args, **kwargs)
        print("ok", o, o.dest, o.type, o.action)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)
o = make_option("-s", "--some-thing", type=str)
print(o, o.dest, o.type, o.nargs, o.get_opt_string(), o.takes_value(), repr(o).startswith("<Option at 0x"))
print(Option("-q", action="store_true").dest, Option("-q").dest, Option("--a-b", type=float).type)

try:
    p.add_option("-f")
except OptionConflictError as e:
    print("OptionConflictError", e)
pr = OptionParser(conflict_handler="resolve", prog="pr")
pr.add_option("-a", "--all", action="store_true", help="first")
pr.add_option("-a", action="store_false", dest="x", help="second")
pr.add_option("--all", action="count", help="third")
print([str(o) for o in pr.option_list], pr.has_option("-a"), pr.get_option("--all").action)
pr.remove_option("--all")
print([str(o) for o in pr.option_list], pr.has_option("--all"))
try:
    pr.remove_option("--nope")
except ValueError as e:
    print("ValueError", e)
try:
    OptionParser(conflict_handler="bad")
except ValueError as e:
    print("ValueError", e)
print(OptionValueError("m"), BadOptionError("-q"), str(BadOptionError("--x")))

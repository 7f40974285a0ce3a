import argparse
p = argparse.ArgumentParser(prog="very-long-program-name-tool")
for i in range(8):
    p.add_argument(f"--option-number-{i}", metavar="VALUE", help=f"option {i}")
p.add_argument("input_file")
p.add_argument("output_files", nargs="+")
p.print_help()
q = argparse.ArgumentParser(prog="a-really-extremely-long-program-name-that-takes-most-of-the-line-x")
for i in range(5):
    q.add_argument(f"--opt{i}", type=int)
q.add_argument("pos")
print(q.format_usage())
r = argparse.ArgumentParser(prog="r", formatter_class=argparse.RawDescriptionHelpFormatter, description="""\
Keep
   this layout
""")
r.add_argument("-x", type=int, required=True, help=argparse.SUPPRESS)
r.add_argument("--long-option-name-here", help="A")
r.print_help()
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("x", type=int, choices=range(3))
child.set_defaults(func="handler")
print(child.parse_args(["2"]), child.parse_args(["--sha", "t", "1"]))
print(child.format_help())
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "z"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
x = argparse.ArgumentParser(prog="x")
x.add_argument("--items", action="extend", nargs="+", type=int)
x.add_argument("-c", action="append_const", const="C", dest="flags")
print(x.parse_args(["--items", "1", "2", "--items", "3", "-c", "-c"]))

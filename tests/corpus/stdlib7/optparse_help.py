# optparse's help: usage, description, option columns, groups, %default, epilog, and the
# titled formatter, byte for byte.
import os
from optparse import (OptionParser, OptionGroup, SUPPRESS_HELP, SUPPRESS_USAGE,
                      IndentedHelpFormatter, TitledHelpFormatter)

os.environ["COLUMNS"] = "80"
p = OptionParser(usage="%prog [options] arg1 arg2", prog="helpme", version="%prog 0.1",
                 description="A program that does things with files and demonstrates how "
                             "long descriptions are wrapped by the help formatter.",
                 epilog="Report bugs to nobody. This epilog is long enough to wrap over "
                        "more than one line of the terminal.")
p.add_option("-v", "--verbose", action="store_true", dest="verbose", default=True,
             help="make lots of noise [default: %default]")
p.add_option("-q", "--quiet", action="store_false", dest="verbose",
             help="be vewwy quiet (I'm hunting wabbits)")
p.add_option("-f", "--filename", metavar="FILE", help="write output to FILE")
p.add_option("-m", "--mode", default="intermediate",
             help="interaction mode: novice, intermediate, or expert [default: %default]")
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--no-help-text", type="int")
p.add_option("--a-very-long-option-name-indeed", metavar="SOMETHING",
             help="this one pushes the help to the next line")
p.add_option("-n", type="int", nargs=2, help="two numbers")
group = OptionGroup(p, "Dangerous Options",
                    "Caution: use these options at your own risk.  It is believed that some "
                    "of them bite.")
group.add_option("-g", action="store_true", help="Group option.")
group.add_option("--level", type="choice", choices=["a", "b"], default="a",
                 help="level (default %default)")
p.add_option_group(group)
g2 = p.add_option_group("Empty Group")
g3 = p.add_option_group("Described", description="Only a description here.")
print(p.get_option_group("-g") is group, p.get_option_group("-v"), p.get_option_group("--level").title)
p.print_help()
print("----")
print(p.format_option_help())
print("----")
p.print_usage()
p.print_version()
print(repr(p.get_usage()), repr(p.get_version()))
print("----")
t = OptionParser(prog="titled", formatter=TitledHelpFormatter(), description="Titled help.")
t.add_option("-o", "--output", metavar="OUT", help="output file")
t.add_option("-c", "--count", type="int", default=2, help="how many (%default)")
g = OptionGroup(t, "More", "More options.")
g.add_option("--more", action="store_true", help="more")
t.add_option_group(g)
t.print_help()
print("----")
n = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False)
print(repr(n.format_help()))
n.add_option("--only", help="the only option")
print(repr(n.format_help()))
w = OptionParser(prog="narrow", formatter=IndentedHelpFormatter(width=40, max_help_position=16))
w.add_option("-a", "--alpha", help="a help text that is long enough to wrap several times here")
w.add_option("-b", metavar="B", help="short")
w.formatter.set_long_opt_delimiter(" ")
w.formatter.set_short_opt_delimiter("")
w.print_help()
print("----")
s = OptionParser(prog="short", formatter=IndentedHelpFormatter(short_first=0))
s.add_option("-x", "--ex", type="int", help="x")
s.print_help()
try:
    s.formatter.set_long_opt_delimiter("-")
except ValueError as e:
    print("ValueError", e)

# optparse reads sys.argv[1:] and names the program after sys.argv[0]; a bad option prints
# the usage and the error to stderr and exits with status 2.
import sys
from optparse import OptionParser

sys.argv = ["/some/where/mytool.py", "-v", "in.txt", "--count", "x"]
parser = OptionParser(description="Counts things.")
parser.add_option("-v", action="store_true")
parser.add_option("--count", type="int")
print(parser.get_prog_name(), parser.get_usage(), end="")
print(parser.parse_args(["-v", "a"])[1])
parser.parse_args()
print("not reached")

import getopt
tests = [
    (["-a", "-b", "val", "-cval2", "arg1", "arg2"], "ab:c:", []),
    (["--alpha", "--beta=1", "--gamma", "2", "x"], "", ["alpha", "beta=", "gamma="]),
    (["-x"], "ab", []),
    (["-b"], "ab:", []),
    (["--nope"], "", ["alpha"]),
    (["--alp"], "", ["alpha", "alpine"]),
    (["--alph"], "", ["alpha", "alpine"]),
    (["--alpha=3"], "", ["alpha"]),
    (["--beta"], "", ["beta="]),
    (["-a", "--", "-b"], "ab", []),
    (["a", "-b"], "ab", []),
    (["-", "-a"], "a", []),
    (["--opt"], "", ["opt=", "opt"]),
    (["--opt"], "", "opt"),
    (["-ab"], "ab", []),
    (["--foo="], "", ["foo="]),
]
for args, short, long in tests:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.msg), repr(e.opt), e.args)
    try:
        print(getopt.gnu_getopt(args, short, long))
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.msg), repr(e.opt))
print(getopt.gnu_getopt(["a", "-b", "c", "--x", "d"], "b", ["x"]))
print(getopt.gnu_getopt(["a", "-b", "c"], "+b"))
print(getopt.error is getopt.GetoptError, getopt.GetoptError.__mro__)
e = getopt.GetoptError("m", "o"); print(str(e), repr(e), e.args)
e = getopt.GetoptError("m"); print(str(e), repr(e), e.args, repr(e.opt))
import os
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["a", "-b", "c"], "b"))
del os.environ["POSIXLY_CORRECT"]
print(getopt.gnu_getopt(["a", "-b", "c"], "b"))
print(getopt.getopt("-a -b".split(), "ab", ("x",)))
try:
    raise getopt.error("bad", "z")
except getopt.GetoptError as e:
    print(e.msg, e.opt)

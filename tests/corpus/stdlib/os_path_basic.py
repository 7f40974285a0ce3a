import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.path.sep, os.curdir, os.pardir, os.extsep, os.linesep == "\n", os.name)
for parts in [("a", "b", "c.txt"), ("/usr", "lib"), ("a/", "/abs", "x"), ("", "x"), ("a", ""), ("a",)]:
    print("join", parts, os.path.join(*parts))
for p in ["/usr/lib/python3.13/os.py", "file.tar.gz", ".bashrc", "dir/", "/", "", "a/b/../c", "//x//y/", "noext", "a.b/c"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.isabs(p))
for p in ["a//b/./c/../d", "/../x", "./", "", "a/b/..", "//double", "///triple", "../../a"]:
    print("normpath", repr(p), repr(os.path.normpath(p)))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/x/y"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.splitdrive("/a/b"), os.path.splitroot("//x/y"), os.path.splitroot("///a"), os.path.splitroot("/b"), os.path.splitroot("c/d"))
print(os.path.normcase("AbC"), os.path.expanduser("no/tilde"), os.fspath("p"), os.path.join(os.fspath("a"), "b"))
try:
    os.path.join("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)
print(os.path.exists("__surely_missing__"), os.path.isfile("__surely_missing__"), os.path.isdir("__surely_missing__"))
print(os.path.abspath("/a/./b/../c"), os.path.join("/", "etc", "hosts"))
